namespace PracticePlatform.Runtime;

/// <summary>How a grain timer fires. Ticks run as turns of the grain and never overlap themselves.</summary>
public readonly record struct GrainTimerCreationOptions(TimeSpan DueTime, TimeSpan Period)
{
    /// <summary>Whether ticks may interleave with other requests (by default they wait for their turn).</summary>
    public bool Interleave { get; init; }

    /// <summary>Whether a tick counts as activity for idle collection (by default it does not).</summary>
    public bool KeepAlive { get; init; }
}

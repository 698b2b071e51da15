namespace PracticePlatform.Runtime;

/// <summary>A grain timer; dispose it to stop. It also stops when the activation goes away.</summary>
public interface IGrainTimer : IDisposable
{
    /// <summary>Changes when the timer next fires and its period.</summary>
    void Change(TimeSpan dueTime, TimeSpan period);
}

namespace PracticePlatform.Runtime;

/// <summary>Why an activation is going away.</summary>
public enum DeactivationReason
{
    /// <summary>The grain asked for it with <see cref="Grain.DeactivateOnIdle"/>.</summary>
    ApplicationRequested,

    /// <summary>Idle for longer than the collection age.</summary>
    IdleCollection,

    /// <summary>A state write found a stale ETag; the next call reloads state.</summary>
    InconsistentState,

    /// <summary>The silo is stopping.</summary>
    ShuttingDown,
}

namespace PracticePlatform.Runtime.Storage;

/// <summary>
/// Grain state kept in a named storage provider, injected into the grain's constructor with
/// <see cref="PersistentStateAttribute"/>. It is read before <c>OnActivateAsync</c>.
/// </summary>
public interface IPersistentState<TState> : IGrainState<TState>
{
    /// <summary>Reads the state from storage again.</summary>
    Task ReadStateAsync();

    /// <summary>Writes the state; a stale ETag throws <see cref="InconsistentStateException"/> and drops the activation.</summary>
    Task WriteStateAsync();

    /// <summary>Removes the state from storage.</summary>
    Task ClearStateAsync();
}

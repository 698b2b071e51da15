namespace PracticePlatform.Runtime.Storage;

/// <summary>
/// A named grain storage provider, as in Orleans. Writes and clears are conditional on <see cref="IGrainState{T}.ETag"/>:
/// a stale ETag throws <see cref="InconsistentStateException"/>. An acknowledged write is durable.
/// </summary>
public interface IGrainStorage
{
    /// <summary>Reads the state into <paramref name="grainState"/>; a missing record leaves a new default state.</summary>
    Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState);

    /// <summary>Writes the state if its ETag matches storage, then sets the new ETag.</summary>
    Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState);

    /// <summary>Removes the state if its ETag matches storage; the record no longer exists afterwards.</summary>
    Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState);
}

using System.Text.Json;
using Orleans.Storage;

namespace PracticePlatform.Silo.Storage;

/// <summary>
/// An <see cref="IGrainStorage"/> over a byte-level store, so that every provider shares one serializer and one
/// ETag discipline. ETags are record versions; a cleared record keeps its version (with no payload) so that ETags
/// never repeat for a key.
/// </summary>
public abstract class GrainStateStore : IGrainStorage
{
    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.General);

    /// <summary>Reads a record, or null when none was ever written.</summary>
    public abstract Task<StoredState?> ReadAsync(GrainStateKey key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes <paramref name="payload"/> (null clears) if the stored ETag equals <paramref name="expectedETag"/>
    /// (null: no record, or a cleared one written under that ETag is expected to be absent). Returns the new ETag,
    /// or throws <see cref="InconsistentStateException"/>.
    /// </summary>
    public abstract Task<string> WriteAsync(GrainStateKey key, byte[]? payload, string? expectedETag, CancellationToken cancellationToken = default);

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var stored = await ReadAsync(GrainStateKey.For(grainId, stateName)).ConfigureAwait(false);
        grainState.ETag = stored?.ETag;
        grainState.RecordExists = stored?.Payload is not null;
        grainState.State = stored?.Payload is { } payload
            ? JsonSerializer.Deserialize<T>(payload, SerializerOptions)!
            : CreateDefault<T>();
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(grainState.State, SerializerOptions);
        grainState.ETag = await WriteAsync(GrainStateKey.For(grainId, stateName), payload, grainState.ETag).ConfigureAwait(false);
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        grainState.ETag = await WriteAsync(GrainStateKey.For(grainId, stateName), null, grainState.ETag).ConfigureAwait(false);
        grainState.RecordExists = false;
        grainState.State = CreateDefault<T>();
    }

    /// <summary>The value a grain sees before its state was ever written: a new instance where one can be made.</summary>
    internal static T CreateDefault<T>() => typeof(T).IsValueType || typeof(T).GetConstructor(Type.EmptyTypes) is null
        ? default!
        : Activator.CreateInstance<T>();

    /// <summary>The message every provider uses for an ETag conflict.</summary>
    protected static InconsistentStateException Conflict(GrainStateKey key, string? stored, string? presented) =>
        new($"State {key} was written by someone else: storage holds ETag '{stored ?? "none"}', the write presented '{presented ?? "none"}'.", stored, presented);
}

using System.Globalization;

namespace PracticePlatform.Silo.Storage;

/// <summary>Grain storage in process memory, for tests. Not durable.</summary>
public sealed class MemoryGrainStorage : GrainStateStore
{
    private readonly Dictionary<GrainStateKey, StoredState> _records = [];
    private readonly Lock _lock = new();

    public override Task<StoredState?> ReadAsync(GrainStateKey key, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_records.GetValueOrDefault(key));
        }
    }

    public override Task<string> WriteAsync(GrainStateKey key, byte[]? payload, string? expectedETag, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var stored = _records.GetValueOrDefault(key);
            if (!ETagMatches(stored, expectedETag))
            {
                throw Conflict(key, stored?.ETag, expectedETag);
            }
            var version = stored is null ? 1 : long.Parse(stored.ETag, CultureInfo.InvariantCulture) + 1;
            var etag = version.ToString(CultureInfo.InvariantCulture);
            _records[key] = new StoredState(payload, etag);
            return Task.FromResult(etag);
        }
    }

    /// <summary>A write must present the stored ETag; a first write presents none.</summary>
    internal static bool ETagMatches(StoredState? stored, string? expectedETag) =>
        stored is null ? expectedETag is null : stored.ETag == expectedETag;
}

using PracticePlatform.Simulation.Snapshots;

namespace PracticePlatform.Simulation.Model;

/// <summary>
/// The last hour of what users saw per request type in 10-second buckets, for the charts: attempted and failed
/// requests and the p99 latency of the successful ones (from the same log-bucketed histogram as the minutes). A
/// ring of <see cref="Buckets"/> per request type; the per-minute truth is kept apart and whole.
/// </summary>
internal sealed class TenSecondRing
{
    public const int Seconds = 10;
    public const int Buckets = 360;
    private readonly int _types;
    private readonly long[] _attempted;
    private readonly long[] _failed;
    private readonly long[] _histogram;
    private readonly int[] _ringAttempted;
    private readonly int[] _ringFailed;
    private readonly float[] _ringP99;

    public TenSecondRing(int requestTypes)
    {
        _types = requestTypes;
        _attempted = new long[requestTypes];
        _failed = new long[requestTypes];
        _histogram = new long[requestTypes * TruthRecorder.Buckets];
        _ringAttempted = new int[requestTypes * Buckets];
        _ringFailed = new int[requestTypes * Buckets];
        _ringP99 = new float[requestTypes * Buckets];
    }

    /// <summary>How many 10-second buckets have completed since second 0; the newest ones (up to an hour) are kept.</summary>
    public long Completed { get; private set; }

    /// <summary>The oldest bucket still kept.</summary>
    public long First => Math.Max(0, Completed - Buckets);

    public void Add(int type, long attempted, long failed, int p50Bucket, long p50, int p95Bucket, long p95, int p99Bucket, long p99)
    {
        _attempted[type] += attempted;
        _failed[type] += failed;
        var at = type * TruthRecorder.Buckets;
        _histogram[at + p50Bucket] += p50;
        _histogram[at + p95Bucket] += p95;
        _histogram[at + p99Bucket] += p99;
    }

    /// <summary>Closes the bucket when <paramref name="now"/> is its last second.</summary>
    public void EndOfSecond(long now)
    {
        if ((now + 1) % Seconds != 0)
        {
            return;
        }

        var slot = (int)(Completed % Buckets);
        for (var r = 0; r < _types; r++)
        {
            var at = (r * Buckets) + slot;
            _ringAttempted[at] = (int)_attempted[r];
            _ringFailed[at] = (int)_failed[r];
            _ringP99[at] = (float)TruthRecorder.Percentile(new ReadOnlySpan<long>(_histogram, r * TruthRecorder.Buckets, TruthRecorder.Buckets), 0.99);
        }

        Completed++;
        Array.Clear(_attempted);
        Array.Clear(_failed);
        Array.Clear(_histogram);
    }

    /// <summary>Bucket <paramref name="bucket"/> (between <see cref="First"/> and <see cref="Completed"/>) of a request type.</summary>
    public (int Attempted, int Failed, float P99) At(int type, long bucket)
    {
        var at = (type * Buckets) + (int)(bucket % Buckets);
        return (_ringAttempted[at], _ringFailed[at], _ringP99[at]);
    }

    public void Write(SnapshotWriter writer)
    {
        writer.Write(Completed);
        writer.Write(_attempted);
        writer.Write(_failed);
        writer.Write(_histogram);
        writer.Write(_ringAttempted);
        writer.Write(_ringFailed);
        writer.Write(_ringP99);
    }

    public void Read(SnapshotReader reader)
    {
        Completed = reader.Long();
        reader.Into(_attempted);
        reader.Into(_failed);
        reader.Into(_histogram);
        reader.Into(_ringAttempted);
        reader.Into(_ringFailed);
        reader.Into(_ringP99);
    }

    public void Digest(ref Randomness.StableHash hash)
    {
        hash.Add(Completed);
        foreach (var values in new[] { _attempted, _failed, _histogram })
        {
            foreach (var v in values)
            {
                hash.Add(v);
            }
        }

        for (var k = 0; k < _ringAttempted.Length; k++)
        {
            hash.Add(_ringAttempted[k]);
            hash.Add(_ringFailed[k]);
            hash.Add(BitConverter.SingleToInt32Bits(_ringP99[k]));
        }
    }
}

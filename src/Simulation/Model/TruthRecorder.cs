using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Snapshots;

namespace PracticePlatform.Simulation.Model;

/// <summary>
/// The exact record of what users saw: per request type and minute, attempted and failed requests (by reason,
/// stored only for minutes with failures) and latency percentiles from a log-bucketed histogram.
/// </summary>
internal sealed class TruthRecorder
{
    public const int Buckets = 48;
    private const double BucketRatio = 1.3;
    private const int Reasons = FailureReasons.Count;
    private readonly int _types;
    private readonly long[] _attempted;
    private readonly long[] _failed;
    private readonly long[] _reasons;
    private readonly long[] _histogram;

    public TruthRecorder(int requestTypes)
    {
        _types = requestTypes;
        _attempted = new long[requestTypes];
        _failed = new long[requestTypes];
        _reasons = new long[requestTypes * Reasons];
        _histogram = new long[requestTypes * Buckets];
        TenSeconds = new TenSecondRing(requestTypes);
        MinutesByType = new List<MinuteCell>[requestTypes];
        for (var r = 0; r < requestTypes; r++)
        {
            MinutesByType[r] = [];
        }
    }

    public List<MinuteCell>[] MinutesByType { get; }

    /// <summary>The last hour in 10-second buckets, for the charts.</summary>
    public TenSecondRing TenSeconds { get; }

    /// <summary>Failures by reason of minutes with failures, 10 per entry; MinuteCell.ReasonSlot points here.</summary>
    public List<int> ReasonSlots { get; } = [];

    public void Record(CellState cell)
    {
        for (var r = 0; r < _types; r++)
        {
            var state = cell.RequestTypes[r];
            _attempted[r] += state.Attempted;
            _failed[r] += state.Failed;
            for (var k = 0; k < Reasons; k++)
            {
                _reasons[(r * Reasons) + k] += state.FailedByReason[k];
            }

            var ok = state.Attempted - state.Failed;
            if (ok > 0)
            {
                var at = r * Buckets;
                var p95 = (long)(ok * 0.05);
                var p99 = (long)(ok * 0.01);
                int b50 = Bucket(state.P50), b95 = Bucket(state.P95), b99 = Bucket(state.P99);
                _histogram[at + b50] += ok - p95;
                _histogram[at + b95] += p95 - p99;
                _histogram[at + b99] += p99;
                TenSeconds.Add(r, state.Attempted, state.Failed, b50, ok - p95, b95, p95 - p99, b99, p99);
            }
            else
            {
                TenSeconds.Add(r, state.Attempted, state.Failed, 0, 0, 0, 0, 0, 0);
            }
        }

        TenSeconds.EndOfSecond(cell.Now);

        if ((cell.Now + 1) % 60 != 0)
        {
            return;
        }

        for (var r = 0; r < _types; r++)
        {
            var slot = -1;
            if (_failed[r] > 0)
            {
                slot = ReasonSlots.Count;
                for (var k = 0; k < Reasons; k++)
                {
                    ReasonSlots.Add((int)_reasons[(r * Reasons) + k]);
                }
            }

            var histogram = new ReadOnlySpan<long>(_histogram, r * Buckets, Buckets);
            MinutesByType[r].Add(new MinuteCell(
                (int)_attempted[r], (int)_failed[r], slot,
                (float)Percentile(histogram, 0.50), (float)Percentile(histogram, 0.95), (float)Percentile(histogram, 0.99)));
        }

        Array.Clear(_attempted);
        Array.Clear(_failed);
        Array.Clear(_reasons);
        Array.Clear(_histogram);
    }

    /// <summary>Upper edges of the buckets, 1.3^b ms, built by multiplication so they are the same everywhere.</summary>
    private static readonly double[] Edges = BuildEdges();

    public static int Bucket(double ms)
    {
        var index = Array.BinarySearch(Edges, ms);
        return Math.Min(Buckets - 1, index >= 0 ? index : ~index);
    }

    private static double[] BuildEdges()
    {
        var edges = new double[Buckets];
        var edge = 1.0;
        for (var b = 0; b < Buckets; b++)
        {
            edges[b] = edge;
            edge *= BucketRatio;
        }

        return edges;
    }

    /// <summary>The upper edge of the bucket holding the quantile.</summary>
    public static double Percentile(ReadOnlySpan<long> histogram, double quantile)
    {
        long total = 0;
        foreach (var count in histogram)
        {
            total += count;
        }

        if (total == 0)
        {
            return 0;
        }

        var rank = (long)Math.Ceiling(total * quantile);
        long seen = 0;
        for (var b = 0; b < histogram.Length; b++)
        {
            seen += histogram[b];
            if (seen >= rank)
            {
                return Math.Round(Edges[b], 1);
            }
        }

        return Edges[^1];
    }

    public void Write(SnapshotWriter writer)
    {
        writer.Write(_attempted);
        writer.Write(_failed);
        writer.Write(_reasons);
        writer.Write(_histogram);
        foreach (var list in MinutesByType)
        {
            writer.Write(list.Count);
            foreach (var m in list)
            {
                writer.Write(m.Attempted);
                writer.Write(m.Failed);
                writer.Write(m.ReasonSlot);
                writer.Write(m.P50);
                writer.Write(m.P95);
                writer.Write(m.P99);
            }
        }

        writer.Write(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(ReasonSlots));
        TenSeconds.Write(writer);
    }

    public void Read(SnapshotReader reader)
    {
        reader.Into(_attempted);
        reader.Into(_failed);
        reader.Into(_reasons);
        reader.Into(_histogram);
        foreach (var list in MinutesByType)
        {
            list.Clear();
            var count = reader.Count(24);
            list.Capacity = count;
            for (var k = 0; k < count; k++)
            {
                list.Add(new MinuteCell(reader.Int(), reader.Int(), reader.Int(), reader.Float(), reader.Float(), reader.Float()));
            }
        }

        ReasonSlots.Clear();
        ReasonSlots.AddRange(reader.Ints());
        TenSeconds.Read(reader);
    }

    public void Digest(ref Randomness.StableHash hash)
    {
        foreach (var list in MinutesByType)
        {
            hash.Add(list.Count);
            foreach (var m in list)
            {
                hash.Add(m.Attempted);
                hash.Add(m.Failed);
                hash.Add(BitConverter.SingleToInt32Bits(m.P99));
            }
        }

        foreach (var values in new[] { _attempted, _failed, _histogram })
        {
            foreach (var v in values)
            {
                hash.Add(v);
            }
        }

        TenSeconds.Digest(ref hash);
    }
}

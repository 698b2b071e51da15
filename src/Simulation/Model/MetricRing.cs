using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Scenarios;
using PracticePlatform.Simulation.Snapshots;

namespace PracticePlatform.Simulation.Model;

/// <summary>
/// Per-instance metrics as per-minute averages in a ring of the last <see cref="Minutes"/> minutes, plus each
/// minute's process state and main failure reason (logs are generated from these on demand). Values are stored
/// encoded in two bytes (see <see cref="Encode"/>), which halves a cell's memory.
/// </summary>
internal sealed class MetricRing
{
    public const int Minutes = 60;
    public static readonly int Kinds = Enum.GetValues<MetricKind>().Length;
    private readonly float[] _sums;
    private readonly ushort[] _ring;
    private readonly byte[] _states;
    private readonly byte[] _reasons;
    private readonly int _instances;

    public MetricRing(int instances)
    {
        _instances = instances;
        _sums = new float[instances * Kinds];
        _ring = new ushort[instances * Kinds * Minutes];
        _states = new byte[instances * Minutes];
        _reasons = new byte[instances * Minutes];
    }

    /// <summary>Minutes completed so far; minute m covers seconds [60m, 60m+60).</summary>
    public long CompletedMinutes { get; private set; }

    public void Record(CellState cell)
    {
        var sums = _sums;
        for (var i = 0; i < _instances; i++)
        {
            ref var instance = ref cell.Instances[i];
            var at = i * Kinds;
            sums[at + (int)MetricKind.Cpu] += (float)instance.Cpu;
            sums[at + (int)MetricKind.Memory] += (float)instance.MemoryMb;
            sums[at + (int)MetricKind.Disk] += (float)(instance.DiskUsedGb / cell.DiskCapacityGb(i));
            sums[at + (int)MetricKind.Connections] += (float)instance.Connections;
            sums[at + (int)MetricKind.QueueDepth] += (float)instance.QueueDepth;
            sums[at + (int)MetricKind.Errors] += (float)(instance.Rps * cell.ObservedErrorShare(i));
            sums[at + (int)MetricKind.LatencyMs] += (float)instance.LatencyMs;
            sums[at + (int)MetricKind.Rps] += (float)instance.Rps;
            sums[at + (int)MetricKind.ReplicationLag] += (float)instance.Lag;
        }

        if ((cell.Now + 1) % 60 != 0)
        {
            return;
        }

        var slot = (int)(CompletedMinutes % Minutes);
        for (var i = 0; i < _instances; i++)
        {
            for (var k = 0; k < Kinds; k++)
            {
                var value = sums[(i * Kinds) + k];
                _ring[(((i * Minutes) + slot) * Kinds) + k] = Encode(k == (int)MetricKind.Errors ? value : value / 60);
            }

            _states[(i * Minutes) + slot] = (byte)cell.Instances[i].Process;
            _reasons[(i * Minutes) + slot] = (byte)cell.ObservedReason(i);
        }

        Array.Clear(sums);
        CompletedMinutes++;
    }

    public bool Has(long minute) => minute >= 0 && minute < CompletedMinutes && minute >= CompletedMinutes - Minutes;

    public double Value(int instance, MetricKind kind, long minute) =>
        Has(minute) ? Decode(_ring[(((instance * Minutes) + (int)(minute % Minutes)) * Kinds) + (int)kind]) : double.NaN;

    /// <summary>
    /// A 16-bit unsigned minifloat of 1 + 1024·value: 6 exponent bits, 10 mantissa bits (0.1% relative precision,
    /// 0.001 absolute near zero, up to about 4e15). Bit operations only, so the same everywhere.
    /// </summary>
    internal static ushort Encode(double value)
    {
        var x = 1 + (1024 * Math.Clamp(value, 0, 1e15));
        var bits = BitConverter.DoubleToInt64Bits(x);
        var exponent = (int)((bits >> 52) & 0x7FF) - 1023;
        var mantissa = (int)((bits >> 42) & 0x3FF);
        return (ushort)((exponent << 10) | mantissa);
    }

    internal static double Decode(ushort code)
    {
        var x = Math.ScaleB(1 + ((code & 0x3FF) / 1024.0), code >> 10);
        return (x - 1) / 1024;
    }

    public ProcessState State(int instance, long minute) => (ProcessState)_states[(instance * Minutes) + (int)(minute % Minutes)];

    public FailureReason Reason(int instance, long minute) => (FailureReason)_reasons[(instance * Minutes) + (int)(minute % Minutes)];

    public void Write(SnapshotWriter writer)
    {
        writer.Write(CompletedMinutes);
        writer.Write(_sums);
        writer.Write(_ring);
        writer.Write(_states);
        writer.Write(_reasons);
    }

    public void Read(SnapshotReader reader)
    {
        CompletedMinutes = reader.Long();
        reader.Into(_sums);
        reader.Into(_ring);
        reader.Into(_states);
        reader.Into(_reasons);
    }

    public void Digest(ref Randomness.StableHash hash)
    {
        hash.Add(CompletedMinutes);
        foreach (var value in _ring)
        {
            hash.Add((int)value);
        }

        foreach (var value in _sums)
        {
            hash.Add(BitConverter.SingleToInt32Bits(value));
        }
    }
}

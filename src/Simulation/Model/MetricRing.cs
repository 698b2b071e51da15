using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Model;

/// <summary>
/// Per-instance metrics as per-minute averages in a ring of the last <see cref="Minutes"/> minutes, plus each
/// minute's process state and main failure reason (logs are generated from these on demand).
/// </summary>
internal sealed class MetricRing
{
    public const int Minutes = 60;
    public static readonly int Kinds = Enum.GetValues<MetricKind>().Length;
    private readonly float[] _sums;
    private readonly float[] _ring;
    private readonly byte[] _states;
    private readonly byte[] _reasons;
    private readonly int _instances;

    public MetricRing(int instances)
    {
        _instances = instances;
        _sums = new float[instances * Kinds];
        _ring = new float[instances * Kinds * Minutes];
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
                _ring[(((i * Minutes) + slot) * Kinds) + k] = k == (int)MetricKind.Errors ? value : value / 60;
            }

            _states[(i * Minutes) + slot] = (byte)cell.Instances[i].Process;
            _reasons[(i * Minutes) + slot] = (byte)cell.ObservedReason(i);
        }

        Array.Clear(sums);
        CompletedMinutes++;
    }

    public bool Has(long minute) => minute >= 0 && minute < CompletedMinutes && minute >= CompletedMinutes - Minutes;

    public double Value(int instance, MetricKind kind, long minute) =>
        Has(minute) ? _ring[(((instance * Minutes) + (int)(minute % Minutes)) * Kinds) + (int)kind] : double.NaN;

    public ProcessState State(int instance, long minute) => (ProcessState)_states[(instance * Minutes) + (int)(minute % Minutes)];

    public FailureReason Reason(int instance, long minute) => (FailureReason)_reasons[(instance * Minutes) + (int)(minute % Minutes)];

    public void Digest(ref Randomness.StableHash hash)
    {
        hash.Add(CompletedMinutes);
        foreach (var value in _ring)
        {
            hash.Add(BitConverter.SingleToInt32Bits(value));
        }

        foreach (var value in _sums)
        {
            hash.Add(BitConverter.SingleToInt32Bits(value));
        }
    }
}

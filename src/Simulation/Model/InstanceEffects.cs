using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Snapshots;

namespace PracticePlatform.Simulation.Model;

/// <summary>What active faults do to an instance this second; reset before faults apply each tick.</summary>
internal struct InstanceEffects
{
    public double CapacityFactor;
    public double CpuBurn;
    public double ExtraLatencyMs;
    public double ErrorShare;
    public FailureReason ErrorReason;
    public double WriteErrorShare;
    public FailureReason WriteReason;
    public bool Unreachable;
    public double PacketLoss;
    public double PoolLimit;
    public double MemoryGrowthMb;
    public double DiskGrowthGb;
    public double HungPerSecond;
    public double ExtraLagPerSecond;
    public double CoordinationDelayMs;

    public static InstanceEffects None => new() { CapacityFactor = 1 };

    public void AddErrors(double share, FailureReason reason)
    {
        if (share > ErrorShare)
        {
            ErrorReason = reason;
        }

        ErrorShare = 1 - ((1 - ErrorShare) * (1 - share));
    }

    public void AddWriteErrors(double share, FailureReason reason)
    {
        if (share > WriteErrorShare)
        {
            WriteReason = reason;
        }

        WriteErrorShare = 1 - ((1 - WriteErrorShare) * (1 - share));
    }

    public readonly void Write(SnapshotWriter writer)
    {
        writer.Write(CapacityFactor);
        writer.Write(CpuBurn);
        writer.Write(ExtraLatencyMs);
        writer.Write(ErrorShare);
        writer.Write((int)ErrorReason);
        writer.Write(WriteErrorShare);
        writer.Write((int)WriteReason);
        writer.Write(Unreachable);
        writer.Write(PacketLoss);
        writer.Write(PoolLimit);
        writer.Write(MemoryGrowthMb);
        writer.Write(DiskGrowthGb);
        writer.Write(HungPerSecond);
        writer.Write(ExtraLagPerSecond);
        writer.Write(CoordinationDelayMs);
    }

    public static InstanceEffects Read(SnapshotReader reader) => new()
    {
        CapacityFactor = reader.Double(),
        CpuBurn = reader.Double(),
        ExtraLatencyMs = reader.Double(),
        ErrorShare = reader.Double(),
        ErrorReason = reader.Enum<FailureReason>(),
        WriteErrorShare = reader.Double(),
        WriteReason = reader.Enum<FailureReason>(),
        Unreachable = reader.Bool(),
        PacketLoss = reader.Double(),
        PoolLimit = reader.Double(),
        MemoryGrowthMb = reader.Double(),
        DiskGrowthGb = reader.Double(),
        HungPerSecond = reader.Double(),
        ExtraLagPerSecond = reader.Double(),
        CoordinationDelayMs = reader.Double(),
    };
}

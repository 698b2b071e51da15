using PracticePlatform.Simulation.Cells;

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
}

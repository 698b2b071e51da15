using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Simulation.Model;

/// <summary>The mutable state of one instance; kept in an array of structs so a tick touches contiguous memory.</summary>
internal struct InstanceState
{
    public ProcessState Process;
    public long StateSince;
    public long RestartAt;

    /// <summary>When a rolling restart will restart this instance (0: none planned).</summary>
    public long ScheduledRestartAt;
    public int RecentRestarts;
    public double MemoryMb;
    public double DiskUsedGb;
    public double Connections;
    public double HungConnections;
    public double QueueDepth;
    public double Cpu;
    public double Rps;
    public double ErrorShare;
    public double LatencyMs;
    public FailureReason Reason;
    public bool Drained;
    public bool InRotation;
    public long UnhealthySince;
    public long HealthySince;
    public double Lag;
    public long OutOfMemoryKills;
    public long ErrorsTotal;
    public long RequestsTotal;
    public long Retransmits;
}

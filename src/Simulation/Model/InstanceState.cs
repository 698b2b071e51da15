using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Snapshots;

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

    /// <summary>Descriptors the process opened and never closed; a restart frees them.</summary>
    public double LeakedFds;

    /// <summary>The process's open-file limit (ulimit -n); 0: no limit is modelled.</summary>
    public double MaxFds;

    /// <summary>Descriptors open this second: connections, hung sockets, leaked ones and the process's own files.</summary>
    public double OpenFds;

    /// <summary>Outbound connections closed in the last minute, each holding a local port in TIME_WAIT.</summary>
    public double TimeWait;

    /// <summary>The lowest local port outbound connections may use (net.ipv4.ip_local_port_range); 0: the default range.</summary>
    public int PortLow;

    /// <summary>The highest local port outbound connections may use; 0 with <see cref="PortLow"/>: the default range.</summary>
    public int PortHigh;

    /// <summary>net.ipv4.tcp_tw_reuse as set (0 until set): at 1 a new outbound connection may take a port still in TIME_WAIT.</summary>
    public int TimeWaitReuse;

    /// <summary>The lowest local port in use: Linux's default unless sysctl set a range.</summary>
    public readonly int LocalPortLow => PortHigh > 0 ? PortLow : DefaultPortLow;

    /// <summary>The highest local port in use: Linux's default unless sysctl set a range.</summary>
    public readonly int LocalPortHigh => PortHigh > 0 ? PortHigh : DefaultPortHigh;

    /// <summary>How many local ports outbound connections may use.</summary>
    public readonly double LocalPorts => LocalPortHigh - LocalPortLow + 1;

    /// <summary>Linux's default ip_local_port_range.</summary>
    public const int DefaultPortLow = 32768;

    /// <summary>Linux's default ip_local_port_range.</summary>
    public const int DefaultPortHigh = 60999;

    public readonly void Write(SnapshotWriter writer)
    {
        writer.Write((int)Process);
        writer.Write(StateSince);
        writer.Write(RestartAt);
        writer.Write(ScheduledRestartAt);
        writer.Write(RecentRestarts);
        writer.Write(MemoryMb);
        writer.Write(DiskUsedGb);
        writer.Write(Connections);
        writer.Write(HungConnections);
        writer.Write(QueueDepth);
        writer.Write(Cpu);
        writer.Write(Rps);
        writer.Write(ErrorShare);
        writer.Write(LatencyMs);
        writer.Write((int)Reason);
        writer.Write(Drained);
        writer.Write(InRotation);
        writer.Write(UnhealthySince);
        writer.Write(HealthySince);
        writer.Write(Lag);
        writer.Write(OutOfMemoryKills);
        writer.Write(ErrorsTotal);
        writer.Write(RequestsTotal);
        writer.Write(Retransmits);
        writer.Write(LeakedFds);
        writer.Write(MaxFds);
        writer.Write(OpenFds);
        writer.Write(TimeWait);
        writer.Write(PortLow);
        writer.Write(PortHigh);
        writer.Write(TimeWaitReuse);
    }

    public static InstanceState Read(SnapshotReader reader) => new()
    {
        Process = reader.Enum<ProcessState>(),
        StateSince = reader.Long(),
        RestartAt = reader.Long(),
        ScheduledRestartAt = reader.Long(),
        RecentRestarts = reader.Int(),
        MemoryMb = reader.Double(),
        DiskUsedGb = reader.Double(),
        Connections = reader.Double(),
        HungConnections = reader.Double(),
        QueueDepth = reader.Double(),
        Cpu = reader.Double(),
        Rps = reader.Double(),
        ErrorShare = reader.Double(),
        LatencyMs = reader.Double(),
        Reason = reader.Enum<FailureReason>(),
        Drained = reader.Bool(),
        InRotation = reader.Bool(),
        UnhealthySince = reader.Long(),
        HealthySince = reader.Long(),
        Lag = reader.Double(),
        OutOfMemoryKills = reader.Long(),
        ErrorsTotal = reader.Long(),
        RequestsTotal = reader.Long(),
        Retransmits = reader.Long(),
        LeakedFds = reader.Double(),
        MaxFds = reader.Double(),
        OpenFds = reader.Double(),
        TimeWait = reader.Double(),
        PortLow = reader.Int(0, 65535, "a lowest local port of"),
        PortHigh = reader.Int(0, 65535, "a highest local port of"),
        TimeWaitReuse = reader.Int(0, 2, "a tcp_tw_reuse of"),
    };
}

namespace PracticePlatform.Simulation.Scenarios;

/// <summary>The per-instance metrics a cell records each minute (names in files are kebab-case: queue-depth).</summary>
public enum MetricKind
{
    Cpu,
    Memory,
    Disk,
    Connections,
    QueueDepth,
    Errors,
    LatencyMs,
    Rps,
    ReplicationLag,
}

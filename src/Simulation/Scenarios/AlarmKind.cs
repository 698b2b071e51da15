namespace PracticePlatform.Simulation.Scenarios;

public enum AlarmKind
{
    /// <summary>A metric of a service's instances above (or below) a threshold.</summary>
    MetricThreshold,
    /// <summary>An instance of the service is not online.</summary>
    ProcessDown,
    /// <summary>Disk use of an instance above a share (0..1).</summary>
    DiskAbove,
    /// <summary>Failed share of a request type (or of all traffic, target "*") above a threshold.</summary>
    ErrorRate,
    /// <summary>p99 latency of a request type above a threshold in milliseconds.</summary>
    Latency,
}

namespace PracticePlatform.Simulation.Faults.CoordinationSlow;

/// <summary>The coordination-slow fault kind: name, targets and parameters.</summary>
internal static class CoordinationSlowSpec
{
    public const string Kind = "coordination-slow";

    public static readonly FaultDescriptor Descriptor = new(
        Kind,
        "One coordination-service member stalls on fsync: the ensemble keeps quorum, but its operations slow down, and with them failover decisions and every client that waits on it. Restarting (or replacing) the slow member fixes it.",
        FaultTargets.Instance | FaultTargets.Service,
        [
            new("latency", "800", "milliseconds the slow member adds to each operation", 0, 60000),
        ])
    {
        Remedy = "find the slow member in `zk status` (LATENCY column) and `restart <member>`",
        CreateBehaviour = () => new CoordinationSlowBehaviour(),
    };
}

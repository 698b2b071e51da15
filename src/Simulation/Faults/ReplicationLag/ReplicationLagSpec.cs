namespace PracticePlatform.Simulation.Faults.ReplicationLag;

/// <summary>The replication-lag fault kind: name, targets and parameters.</summary>
internal static class ReplicationLagSpec
{
    public const string Kind = "replication-lag";

    public static readonly FaultDescriptor Descriptor = new(
        Kind,
        "The synchronous replica falls behind: commits wait for it, so writes slow down and then time out. Rebuilding the replica (or promoting a healthy one to sync) fixes it.",
        FaultTargets.Database | FaultTargets.Instance,
        [
            new("rate", "0.8", "seconds of lag gained per second", 0, 100),
        ])
    {
        Remedy = "`db rebuild <lagging peer>` (`manatee-adm rebuild`), or promoting it",
        CreateBehaviour = () => new ReplicationLagBehaviour(),
    };
}

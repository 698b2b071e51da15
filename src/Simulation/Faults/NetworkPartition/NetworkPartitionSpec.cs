namespace PracticePlatform.Simulation.Faults.NetworkPartition;

/// <summary>The network-partition fault kind: name, targets and parameters.</summary>
internal static class NetworkPartitionSpec
{
    public const string Kind = "network-partition";

    public static readonly FaultDescriptor Descriptor = new(
        Kind,
        "The targets cannot reach, or be reached by, the rest of the cell: calls time out. Heals by itself after heal_after if set; responders work around it by draining or failing over.",
        FaultTargets.Machines,
        [
            new("heal_after", "0", "seconds until the network heals by itself (0: never)", 0, 1000000),
        ])
    {
        Remedy = "none by responders (heals after `heal_after` or by revert); work around with `drain`, failover",
        CreateBehaviour = () => new NetworkPartitionBehaviour(),
    };
}

namespace PracticePlatform.Simulation.Faults.LinkPartition;

/// <summary>The link-partition fault kind: name, targets and parameters.</summary>
internal static class LinkPartitionSpec
{
    public const string Kind = "link-partition";

    public static readonly FaultDescriptor Descriptor = new(
        Kind,
        "The links between the targets and the other side are cut while each side keeps working inside itself: calls across time out, replication across stops, and a database whose primary is cut off from the coordination quorum fails over (split brain if the old primary can still commit). Heals by itself after heal_after if set.",
        FaultTargets.Machines,
        [
            new("other", "", "the other side: a datacenter or host (empty: everything outside the targets)") { Names = FaultTargets.Host | FaultTargets.Datacenter },
            new("heal_after", "0", "seconds until the links heal by itself (0: never)", 0, 1000000),
        ])
    {
        Remedy = "none by responders (heals after `heal_after` or by revert); work around by draining the side cut off from what it needs, and after a split brain by rebuilding the deposed primary (`db rebuild`) and failing back (`db promote`)",
        CreateBehaviour = () => new LinkPartitionBehaviour(),
    };
}

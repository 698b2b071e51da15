namespace PracticePlatform.Simulation.Faults.DiskFull;

/// <summary>The disk-full fault kind: name, targets and parameters.</summary>
internal static class DiskFullSpec
{
    public const string Kind = "disk-full";

    public static readonly FaultDescriptor Descriptor = new(
        Kind,
        "A runaway log fills the disk; at 100% writes fail (ENOSPC) and databases stop. Freeing the disk fixes it.",
        FaultTargets.Machines,
        [
            new("fill_rate_mb_s", "200", "how fast the disk fills, MB per second", 0.1, 100000),
            new("file", "/var/log/app/debug.log", "the runaway file"),
        ])
    {
        Remedy = "`free-disk <instance>` on each full instance (then `svcadm clear` a database that stopped)",
        CreateBehaviour = () => new DiskFullBehaviour(),
    };
}

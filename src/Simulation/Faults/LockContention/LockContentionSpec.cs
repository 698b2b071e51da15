namespace PracticePlatform.Simulation.Faults.LockContention;

/// <summary>The lock-contention fault kind: name, targets and parameters.</summary>
internal static class LockContentionSpec
{
    public const string Kind = "lock-contention";

    public static readonly FaultDescriptor Descriptor = new(
        Kind,
        "A schema change rewrites a table under an exclusive lock: writes (and reads of the table) block until timeouts. Cancelling the migration fixes it.",
        FaultTargets.Database,
        [
            new("reads_blocked", "true", "whether reads of the table block too"),
        ])
    {
        Remedy = "`db cancel-queries <database>`",
        CreateBehaviour = () => new LockContentionBehaviour(),
    };
}

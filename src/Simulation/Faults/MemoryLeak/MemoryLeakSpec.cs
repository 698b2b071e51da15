namespace PracticePlatform.Simulation.Faults.MemoryLeak;

/// <summary>The memory-leak fault kind: name, targets and parameters.</summary>
internal static class MemoryLeakSpec
{
    public const string Kind = "memory-leak";

    public static readonly FaultDescriptor Descriptor = new(
        Kind,
        "A leak introduced by a deploy grows memory until the process is killed for exceeding its limit, over and over. Restarts only reset the clock; rolling back the config fixes it.",
        FaultTargets.Machines,
        [
            new("rate_mb_min", "60", "leak rate, MB per minute", 0.1, 100000),
        ])
    {
        Remedy = "`config rollback <service>`; restarts only reset the clock",
        CreateBehaviour = () => new MemoryLeakBehaviour(),
    };
}

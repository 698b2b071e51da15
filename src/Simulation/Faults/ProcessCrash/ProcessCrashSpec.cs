namespace PracticePlatform.Simulation.Faults.ProcessCrash;

/// <summary>The process-crash fault kind: name, targets and parameters.</summary>
internal static class ProcessCrashSpec
{
    public const string Kind = "process-crash";

    public static readonly FaultDescriptor Descriptor = new(
        Kind,
        "A process dies and its restarter gives up: the instance sits in maintenance until someone clears or restarts it.",
        FaultTargets.Machines,
        [])
    {
        Remedy = "`svcadm clear <instance>` or `restart <instance>` (kubectl delete pod) on each crashed instance",
        CreateBehaviour = () => new ProcessCrashBehaviour(),
    };
}

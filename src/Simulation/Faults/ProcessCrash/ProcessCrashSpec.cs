namespace PracticePlatform.Simulation.Faults.ProcessCrash;

/// <summary>The process-crash fault kind: name, targets and parameters.</summary>
internal static class ProcessCrashSpec
{
    public const string Kind = "process-crash";

    public static readonly FaultDescriptor Descriptor = new(
        Kind,
        "A process dies and its restarter gives up: the instance sits in maintenance until someone clears or restarts it. A staged crash (share, then escalate_at) hits every instance again at its later stage unless the cause was removed first.",
        FaultTargets.Machines,
        [
            new("key", "", "the service's configuration key that carries the crashing code (a release); empty: responders cannot remove the cause"),
            new("valid", "", "values of key without the bug: a range lo..hi or a set a|b (empty: any value but the scenario's own)"),
        ])
    {
        Remedy = "`svcadm clear <instance>` or `restart <instance>` (kubectl delete pod) on each crashed instance; before a later stage, also `config set <service> <key> <value>` with a value `valid` accepts, or the later stage crashes them again",
        CreateBehaviour = () => new ProcessCrashBehaviour(),
    };
}

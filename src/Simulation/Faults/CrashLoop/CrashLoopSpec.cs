namespace PracticePlatform.Simulation.Faults.CrashLoop;

/// <summary>The crash-loop fault kind: name, targets and parameters.</summary>
internal static class CrashLoopSpec
{
    public const string Kind = "crash-loop";

    public static readonly FaultDescriptor Descriptor = new(
        Kind,
        "A process crashes shortly after every start (a bad value in its config): restarts do not help, rolling back the config does.",
        FaultTargets.Machines,
        [
            new("interval", "20", "seconds a process lives after each start", 1, 3600),
        ])
    {
        Remedy = "`config rollback <service>` (`kubectl rollout undo`), or `config set <service> feature_flags <anything without streaming_parser=on>`",
        CreateBehaviour = () => new CrashLoopBehaviour(),
    };
}

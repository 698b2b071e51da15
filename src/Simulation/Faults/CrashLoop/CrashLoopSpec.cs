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
            new("flag", "streaming_parser", "the feature flag turned on in feature_flags that makes the process crash"),
        ])
    {
        Remedy = "`config rollback <service>` (`kubectl rollout undo`), or `config set <service> feature_flags <anything without <flag>=on>`",
        CreateBehaviour = () => new CrashLoopBehaviour(),
    };
}

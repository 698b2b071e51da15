namespace PracticePlatform.Simulation.Faults.FdLeak;

/// <summary>The fd-leak fault kind: name, targets and parameters.</summary>
internal static class FdLeakSpec
{
    public const string Kind = "fd-leak";

    public static readonly FaultDescriptor Descriptor = new(
        Kind,
        "A change makes the service leak file descriptors (sockets or files it never closes) until the process reaches its open-file limit; then new calls fail with EMFILE. Restarting frees them for a while, raising the limit buys time, undoing the change stops the leak.",
        FaultTargets.Service,
        [
            new("leak_per_s", "2", "descriptors each affected instance leaks a second", 0.01, 10000),
            new("max_fds", "1024", "the process's open-file limit (ulimit -n) on affected instances", 65, 10000000),
            new("key", "http_client", "the configuration key whose new value leaks"),
            new("value", "streaming", "the value that leaks"),
        ])
    {
        Remedy = "`config rollback <service>` (or `config set` back to the old value) stops the leak, then `restart` frees the leaked descriptors; `ulimit <instance|service> <n>` or a restart alone only buy time",
        CreateBehaviour = () => new FdLeakBehaviour(),
    };
}

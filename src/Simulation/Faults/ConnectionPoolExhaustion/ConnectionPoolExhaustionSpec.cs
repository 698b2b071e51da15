namespace PracticePlatform.Simulation.Faults.ConnectionPoolExhaustion;

/// <summary>The connection-pool-exhaustion fault kind: name, targets and parameters.</summary>
internal static class ConnectionPoolExhaustionSpec
{
    public const string Kind = "connection-pool-exhaustion";

    public static readonly FaultDescriptor Descriptor = new(
        Kind,
        "The service's connection pool is misconfigured far too small: requests wait for a connection, then fail. Raising the pool (config set / rollback) fixes it.",
        FaultTargets.Service,
        [
            new("pool", "4", "the too-small pool size", 1, 100000),
            new("valid", "", "pool sizes that fix it: a range lo..hi or a set a|b (empty: 8 to 1000 times the bad size)"),
        ])
    {
        Remedy = "`config set <service> connection_pool <size>` with a size `valid` accepts, or `config rollback <service>`; shrinking it again brings it back",
        CreateBehaviour = () => new ConnectionPoolExhaustionBehaviour(),
    };
}

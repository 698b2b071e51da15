namespace PracticePlatform.Simulation.Faults.EphemeralPortExhaustion;

/// <summary>The ephemeral-port-exhaustion fault kind: name, targets and parameters.</summary>
internal static class EphemeralPortExhaustionSpec
{
    public const string Kind = "ephemeral-port-exhaustion";

    public static readonly FaultDescriptor Descriptor = new(
        Kind,
        "Keepalives to the downstream are turned off: every call opens a new connection whose local port then sits in TIME_WAIT for a minute; when the port range is used up, new calls fail with EADDRNOTAVAIL. Turning keepalives back on fixes it.",
        FaultTargets.Service,
        [
            new("key", "upstream_keepalive", "the configuration key turned off"),
            new("value", "false", "the value that opens a connection per call"),
        ])
    {
        Remedy = "`config rollback <service>` or `config set <service> <key> true`, or `sysctl <service> net.ipv4.tcp_tw_reuse=1`; `sysctl <service> net.ipv4.ip_local_port_range=1024-65535` helps in proportion; a restart does not free ports the kernel holds",
        CreateBehaviour = () => new EphemeralPortExhaustionBehaviour(),
    };
}

namespace PracticePlatform.Simulation.Faults.HungConnections;

/// <summary>The hung-connections fault kind: name, targets and parameters.</summary>
internal static class HungConnectionsSpec
{
    public const string Kind = "hung-connections";

    public static readonly FaultDescriptor Descriptor = new(
        Kind,
        "Without TCP keepalives, connections to a peer that went away hang forever: the service's pool fills with dead connections. Enabling keepalives and restarting fixes it.",
        FaultTargets.Service,
        [
            new("hang_per_s", "0.5", "connections that hang per second per instance", 0, 100000),
        ])
    {
        Remedy = "`config set <service> tcp_keepalive true` (dead connections are then reaped; a restart drops them at once)",
        CreateBehaviour = () => new HungConnectionsBehaviour(),
    };
}

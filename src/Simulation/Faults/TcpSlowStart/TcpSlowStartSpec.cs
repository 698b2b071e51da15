namespace PracticePlatform.Simulation.Faults.TcpSlowStart;

/// <summary>The tcp-slow-start fault kind: name, targets and parameters.</summary>
internal static class TcpSlowStartSpec
{
    public const string Kind = "tcp-slow-start";

    public static readonly FaultDescriptor Descriptor = new(
        Kind,
        "After idle periods, connections fall back into TCP slow start: bursts after a pause see large latency. Setting tcp_slow_start_after_idle=0 fixes it.",
        FaultTargets.Service,
        [
            new("penalty_ms", "400", "extra latency on a cold connection, ms", 0, 100000),
            new("share_requests", "0.3", "share of requests hitting a cold connection", 0, 1),
        ])
    {
        Remedy = "`sysctl <service|host> net.ipv4.tcp_slow_start_after_idle=0`",
        CreateBehaviour = () => new TcpSlowStartBehaviour(),
    };
}

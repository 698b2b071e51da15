namespace PracticePlatform.Simulation.Faults.PacketLoss;

/// <summary>The packet-loss fault kind: name, targets and parameters.</summary>
internal static class PacketLossSpec
{
    public const string Kind = "packet-loss";

    public static readonly FaultDescriptor Descriptor = new(
        Kind,
        "A bad link drops packets and adds latency: retransmits, slow and failed calls. Draining the affected instances works around it.",
        FaultTargets.Machines,
        [
            new("loss", "0.05", "share of packets lost", 0, 1),
            new("latency_ms", "150", "extra latency, ms", 0, 100000),
        ])
    {
        Remedy = "none by responders; work around with `drain <instance|host>`",
        CreateBehaviour = () => new PacketLossBehaviour(),
    };
}

namespace PracticePlatform.Simulation.Faults.DnsFailure;

/// <summary>The dns-failure fault kind: name, targets and parameters.</summary>
internal static class DnsFailureSpec
{
    public const string Kind = "dns-failure";

    public static readonly FaultDescriptor Descriptor = new(
        Kind,
        "Service discovery stops answering: once cached names expire (TTL), calls fail to resolve. Restarting the discovery service fixes it.",
        FaultTargets.Service | FaultTargets.Instance,
        [])
    {
        Remedy = "`restart <discovery instances>`",
        CreateBehaviour = () => new DnsFailureBehaviour(),
    };
}

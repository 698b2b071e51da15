namespace PracticePlatform.Simulation.Faults.StuckFailover;

/// <summary>The stuck-failover fault kind: name, targets and parameters.</summary>
internal static class StuckFailoverSpec
{
    public const string Kind = "stuck-failover";

    public static readonly FaultDescriptor Descriptor = new(
        Kind,
        "The primary dies and the failover manager does not promote: writes fail. Promoting the sync replica by hand fixes it; promoting a lagging async loses writes.",
        FaultTargets.Database,
        [])
    {
        Remedy = "`db promote <sync peer>` (`manatee-adm promote`); promoting a lagging async loses writes",
        CreateBehaviour = () => new StuckFailoverBehaviour(),
    };
}

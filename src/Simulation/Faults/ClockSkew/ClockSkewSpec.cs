namespace PracticePlatform.Simulation.Faults.ClockSkew;

/// <summary>The clock-skew fault kind: name, targets and parameters.</summary>
internal static class ClockSkewSpec
{
    public const string Kind = "clock-skew";

    public static readonly FaultDescriptor Descriptor = new(
        Kind,
        "The clock of the targets jumps: tokens and certificates look invalid, coordination sessions expire. Fixing the clock (ntp) fixes it.",
        FaultTargets.Machines,
        [
            new("skew_s", "600", "seconds the clock is off", -1000000, 1000000),
        ])
    {
        Remedy = "`ntpdate <host>` on each skewed host",
        CreateBehaviour = () => new ClockSkewBehaviour(),
    };
}

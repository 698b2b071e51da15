namespace PracticePlatform.Simulation.Faults.CpuSaturation;

/// <summary>The cpu-saturation fault kind: name, targets and parameters.</summary>
internal static class CpuSaturationSpec
{
    public const string Kind = "cpu-saturation";

    public static readonly FaultDescriptor Descriptor = new(
        Kind,
        "A runaway thread burns CPU in the service process, leaving little for requests. Restarting the process fixes it.",
        FaultTargets.Machines,
        [
            new("load", "0.9", "share of the instance's CPU burnt", 0, 1),
        ])
    {
        Remedy = "`restart <instance>` (or `kill <host> <instance>`) on each burning instance",
        CreateBehaviour = () => new CpuSaturationBehaviour(),
    };
}

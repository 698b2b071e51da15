using PracticePlatform.Simulation.Model;

namespace PracticePlatform.Simulation.Faults.CpuSaturation;

/// <summary>A runaway thread burns CPU inside the process; restarting (or killing) the process fixes it.</summary>
internal sealed class CpuSaturationBehaviour : FaultBehaviour
{
    public override void Apply(CellState cell, ActiveFault fault)
    {
        var load = fault.Number("load");
        for (var k = 0; k < fault.Targets.Length; k++)
        {
            if (!fault.Mitigated[k])
            {
                ref var effects = ref cell.Effects[fault.Targets[k]];
                effects.CpuBurn = Math.Max(effects.CpuBurn, load);
            }
        }
    }

    public override void OnRemediation(CellState cell, ActiveFault fault, Remediation remediation)
    {
        if (remediation.Verb is RemediationVerb.Restart or RemediationVerb.KillProcess)
        {
            FaultTargeting.MitigateTouched(cell, fault, remediation);
        }
    }
}

using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Model;

namespace PracticePlatform.Simulation.Faults.ClockSkew;

/// <summary>
/// The targets' host clocks jump: signed tokens look expired or not yet valid, so requests through them fail
/// authentication. Stepping the clock (ntpdate) on the host fixes its instances.
/// </summary>
internal sealed class ClockSkewBehaviour : FaultBehaviour
{
    public override void OnStart(CellState cell, ActiveFault fault, int[] newTargets)
    {
        foreach (var i in newTargets)
        {
            cell.HostClockSkew[cell.Topology.InstanceHost[i]] = fault.Number("skew_s");
            cell.AddEvent(i, "warn", "ntpd: time reset (step) after loss of upstream servers");
        }
    }

    public override void Apply(CellState cell, ActiveFault fault)
    {
        for (var k = 0; k < fault.Targets.Length; k++)
        {
            var i = fault.Targets[k];
            var skew = Math.Abs(cell.HostClockSkew[cell.Topology.InstanceHost[i]]);
            if (!fault.Mitigated[k] && skew > 30)
            {
                // Tokens carry a few minutes of leeway; beyond it nearly every request is rejected.
                cell.Effects[i].AddErrors(Math.Min(1, skew / 300), FailureReason.Auth);
            }
        }
    }

    public override void OnRemediation(CellState cell, ActiveFault fault, Remediation remediation)
    {
        if (remediation.Verb == RemediationVerb.FixClock)
        {
            FaultTargeting.MitigateTouched(cell, fault, remediation);
        }
    }

    public override void OnRevert(CellState cell, ActiveFault fault)
    {
        foreach (var i in fault.Targets)
        {
            cell.HostClockSkew[cell.Topology.InstanceHost[i]] = 0;
        }
    }
}

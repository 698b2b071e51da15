using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Model;

namespace PracticePlatform.Simulation.Faults.DnsFailure;

/// <summary>
/// Service discovery stops answering (its processes are wedged but look online). Cached names keep working for one
/// TTL, then calls fail to resolve. Restarting the discovery instances fixes it.
/// </summary>
internal sealed class DnsFailureBehaviour : FaultBehaviour
{
    public override void OnStart(CellState cell, ActiveFault fault, int[] newTargets)
    {
        foreach (var i in newTargets)
        {
            cell.AddEvent(i, "error", "zookeeper watch lost; serving no records (SERVFAIL)");
        }
    }

    public override void Apply(CellState cell, ActiveFault fault)
    {
        for (var k = 0; k < fault.Targets.Length; k++)
        {
            if (!fault.Mitigated[k])
            {
                cell.DnsBroken = true;
                cell.Effects[fault.Targets[k]].AddErrors(1, FailureReason.Dns);
            }
        }
    }

    public override void OnRemediation(CellState cell, ActiveFault fault, Remediation remediation)
    {
        if (remediation.Verb is RemediationVerb.Restart or RemediationVerb.Clear)
        {
            FaultTargeting.MitigateTouched(cell, fault, remediation);
        }
    }
}

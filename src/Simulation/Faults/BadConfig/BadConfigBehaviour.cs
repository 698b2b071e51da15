using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Model;

namespace PracticePlatform.Simulation.Faults.BadConfig;

/// <summary>
/// A configuration push sets a bad value; instances that received it fail a share of requests. A staged push
/// (share below 1, then escalate_at) reaches the rest later. Rolling back (or setting the key back) fixes it.
/// </summary>
internal sealed class BadConfigBehaviour : FaultBehaviour
{
    public override void OnStart(CellState cell, ActiveFault fault, int[] newTargets)
    {
        var service = FaultTargeting.Service(cell, fault);
        if (service >= 0)
        {
            cell.SetConfig(service, fault.Text("key"), fault.Text("value"));
        }

        foreach (var i in newTargets)
        {
            cell.AddEvent(i, "info", $"configuration reloaded: {fault.Text("key")} = {fault.Text("value")}");
        }
    }

    public override void Apply(CellState cell, ActiveFault fault)
    {
        var share = fault.Number("error_share");
        for (var k = 0; k < fault.Targets.Length; k++)
        {
            if (!fault.Mitigated[k])
            {
                cell.Effects[fault.Targets[k]].AddErrors(share, FailureReason.ServerError);
            }
        }
    }

    public override void OnRemediation(CellState cell, ActiveFault fault, Remediation remediation)
    {
        if (remediation.Verb == RemediationVerb.ConfigRollback
            || (remediation.Verb == RemediationVerb.ConfigSet && remediation.Key == fault.Text("key") && remediation.Value != fault.Text("value")))
        {
            FaultTargeting.MitigateIfService(cell, fault, remediation);
        }
    }

    public override void OnRevert(CellState cell, ActiveFault fault)
    {
        var service = FaultTargeting.Service(cell, fault);
        if (service >= 0)
        {
            cell.RollbackConfig(service);
        }
    }
}

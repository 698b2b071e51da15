using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Model;

namespace PracticePlatform.Simulation.Faults.BadConfig;

/// <summary>
/// A configuration push sets a bad value; instances that received it fail a share of requests. A staged push
/// (share below 1, then escalate_at) reaches the rest later. Only a correct value fixes it: a rollback, or a value
/// the scenario's <c>valid</c> rule accepts (without one, the value the service had before the push). Setting a bad
/// value again brings the failures back. With <c>cpu_cost</c> the value makes every request dearer (a regular
/// expression that backtracks): capacity falls by that factor, so CPU saturates, queues and the tail grow and
/// timeouts follow, while shedding load or adding instances helps only in proportion.
/// </summary>
internal sealed class BadConfigBehaviour : FaultBehaviour
{
    public override void OnStart(CellState cell, ActiveFault fault, int[] newTargets)
    {
        FaultTargeting.PushConfig(cell, fault);

        foreach (var i in newTargets)
        {
            cell.AddEvent(i, "info", $"{Tools.RemediationCommands.ConfigReloaded}{fault.Text("key")} = {fault.Text("value")}");
        }
    }

    public override void Apply(CellState cell, ActiveFault fault)
    {
        var share = fault.Number("error_share");
        var cost = fault.Number("cpu_cost");
        for (var k = 0; k < fault.Targets.Length; k++)
        {
            if (!fault.Mitigated[k])
            {
                ref var effects = ref cell.Effects[fault.Targets[k]];
                effects.AddErrors(share, FailureReason.ServerError);
                if (cost > 1)
                {
                    effects.CapacityFactor /= cost;
                }
            }
        }
    }

    public override void OnRemediation(CellState cell, ActiveFault fault, Remediation remediation)
    {
        if (remediation.Verb is RemediationVerb.ConfigRollback or RemediationVerb.ConfigSet && !CauseRemains(cell, fault))
        {
            FaultTargeting.MitigateIfService(cell, fault, remediation);
        }
    }

    public override bool CauseRemains(CellState cell, ActiveFault fault)
    {
        var service = FaultTargeting.Service(cell, fault);
        if (service < 0)
        {
            return false;
        }

        var key = fault.Text("key");
        var value = cell.Config(service, key);
        var rule = new ConfigRule(fault.Text("valid"));
        return value != cell.Topology.Services[service].Config.GetValueOrDefault(key, "") && (rule.IsEmpty || !rule.Accepts(value));
    }

    public override void OnRevert(CellState cell, ActiveFault fault)
    {
        FaultTargeting.RollbackConfig(cell, fault);
    }
}

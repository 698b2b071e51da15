using PracticePlatform.Simulation.Model;

namespace PracticePlatform.Simulation.Faults.HungConnections;

/// <summary>
/// Without TCP keepalives, connections to peers that silently went away are never noticed: they pile up in the
/// pool until it is full. Enabling keepalives stops new ones and reaps the dead over a few minutes; a restart
/// drops them at once (but without keepalives they come back).
/// </summary>
internal sealed class HungConnectionsBehaviour : FaultBehaviour
{
    public override void OnStart(CellState cell, ActiveFault fault, int[] newTargets)
    {
        var service = FaultTargeting.Service(cell, fault);
        if (service >= 0)
        {
            cell.SetConfig(service, "tcp_keepalive", "false");
        }
    }

    public override void Apply(CellState cell, ActiveFault fault)
    {
        var rate = fault.Number("hang_per_s");
        for (var k = 0; k < fault.Targets.Length; k++)
        {
            if (!fault.Mitigated[k])
            {
                cell.Effects[fault.Targets[k]].HungPerSecond += rate;
            }
        }
    }

    public override void OnRemediation(CellState cell, ActiveFault fault, Remediation remediation)
    {
        if (remediation.Verb is RemediationVerb.ConfigSet or RemediationVerb.ConfigRollback && !CauseRemains(cell, fault))
        {
            FaultTargeting.MitigateIfService(cell, fault, remediation);
        }
    }

    /// <summary>Keepalives are off (again): dead connections pile up once more.</summary>
    public override bool CauseRemains(CellState cell, ActiveFault fault)
    {
        var service = FaultTargeting.Service(cell, fault);
        return service >= 0 && cell.Config(service, "tcp_keepalive") is not ("true" or "on" or "1");
    }

    public override void OnRevert(CellState cell, ActiveFault fault)
    {
        foreach (var i in fault.Targets)
        {
            cell.Instances[i].HungConnections = 0;
        }
    }
}

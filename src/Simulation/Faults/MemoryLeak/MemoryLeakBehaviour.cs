using PracticePlatform.Simulation.Model;

namespace PracticePlatform.Simulation.Faults.MemoryLeak;

/// <summary>
/// A deploy leaks memory: the process grows until it is killed for exceeding its limit, restarts, and grows again.
/// Restarting only resets the clock; rolling back the config (the deploy) fixes it.
/// </summary>
internal sealed class MemoryLeakBehaviour : FaultBehaviour
{
    public override void OnStart(CellState cell, ActiveFault fault, int[] newTargets)
    {
        var service = FaultTargeting.Service(cell, fault);
        if (service >= 0)
        {
            cell.SetConfig(service, "version", cell.Config(service, "version") is { Length: > 0 } v ? v + "-hotfix2" : "release-hotfix2");
        }
    }

    public override void Apply(CellState cell, ActiveFault fault)
    {
        var growth = fault.Number("rate_mb_min") / 60;
        for (var k = 0; k < fault.Targets.Length; k++)
        {
            if (!fault.Mitigated[k])
            {
                // Instances see different traffic, so they do not all run out of memory in the same second.
                var i = fault.Targets[k];
                cell.Effects[i].MemoryGrowthMb += growth * (0.75 + (0.07 * (i % 8)));
            }
        }
    }

    public override void OnRemediation(CellState cell, ActiveFault fault, Remediation remediation)
    {
        if (remediation.Verb == RemediationVerb.ConfigRollback && FaultTargeting.MitigateIfService(cell, fault, remediation))
        {
            foreach (var i in fault.Targets)
            {
                cell.Restart(i);
            }
        }
    }

    public override void OnRevert(CellState cell, ActiveFault fault)
    {
        var service = FaultTargeting.Service(cell, fault);
        if (service >= 0)
        {
            cell.RollbackConfig(service);
        }

        foreach (var i in fault.Targets)
        {
            cell.Instances[i].MemoryMb = cell.Topology.Services[cell.Topology.InstanceService[i]].MemoryMb;
        }
    }
}

using PracticePlatform.Simulation.Model;

namespace PracticePlatform.Simulation.Faults.DiskFull;

/// <summary>A runaway file grows until the disk is full; freeing the disk on an instance fixes that instance.</summary>
internal sealed class DiskFullBehaviour : FaultBehaviour
{
    public override void OnStart(CellState cell, ActiveFault fault, int[] newTargets)
    {
        foreach (var i in newTargets)
        {
            cell.AddEvent(i, "warn", $"debug logging enabled; writing {fault.Text("file")}");
        }
    }

    public override void Apply(CellState cell, ActiveFault fault)
    {
        var growth = fault.Number("fill_rate_mb_s") / 1024;
        for (var k = 0; k < fault.Targets.Length; k++)
        {
            if (!fault.Mitigated[k])
            {
                cell.Effects[fault.Targets[k]].DiskGrowthGb += growth;
            }
        }
    }

    public override void OnRemediation(CellState cell, ActiveFault fault, Remediation remediation)
    {
        if (remediation.Verb == RemediationVerb.FreeDisk)
        {
            FaultTargeting.MitigateTouched(cell, fault, remediation);
        }
    }

    public override void OnRevert(CellState cell, ActiveFault fault)
    {
        foreach (var i in fault.Targets)
        {
            cell.Instances[i].DiskUsedGb = Math.Min(cell.Instances[i].DiskUsedGb, cell.Topology.Services[cell.Topology.InstanceService[i]].DiskUsedGb);
        }
    }
}

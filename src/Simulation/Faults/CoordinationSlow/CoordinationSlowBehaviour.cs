using System.Globalization;
using PracticePlatform.Simulation.Model;

namespace PracticePlatform.Simulation.Faults.CoordinationSlow;

/// <summary>
/// A member's disk stalls its transaction log (the leader, when the target is the service). It still answers
/// pings, so quorum holds and no quorum alarm fires; only latency shows it. A restart moves it off the stall.
/// </summary>
internal sealed class CoordinationSlowBehaviour : FaultBehaviour
{
    public override void OnStart(CellState cell, ActiveFault fault, int[] newTargets)
    {
        fault.Scratch = fault.TargetType == EntityType.Service ? cell.CoordinationLeader() : fault.Targets[0];
        if (fault.Scratch >= 0)
        {
            cell.AddEvent((int)fault.Scratch, "warn", string.Create(CultureInfo.InvariantCulture,
                $"fsync-ing the write ahead log took {fault.Number("latency"):0}ms which will adversely effect operation latency"));
        }
    }

    public override void Apply(CellState cell, ActiveFault fault)
    {
        if (fault.Scratch >= 0 && !fault.Mitigated[0] && cell.IsUp((int)fault.Scratch))
        {
            cell.Effects[(int)fault.Scratch].CoordinationDelayMs += fault.Number("latency");
        }
    }

    public override void OnRemediation(CellState cell, ActiveFault fault, Remediation remediation)
    {
        if (remediation.Verb is RemediationVerb.Restart or RemediationVerb.Clear && Array.IndexOf(remediation.Instances, (int)fault.Scratch) >= 0)
        {
            fault.MitigateAll(cell.Now);
        }
    }
}

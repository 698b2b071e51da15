using PracticePlatform.Simulation.Model;

namespace PracticePlatform.Simulation.Faults.ReplicationLag;

/// <summary>
/// A replica (the sync one, when the target is a database) falls behind, so synchronous commits wait on it.
/// Rebuilding it from the primary fixes it; failing over onto it would lose the writes it has not replayed.
/// </summary>
internal sealed class ReplicationLagBehaviour : FaultBehaviour
{
    public override void OnStart(CellState cell, ActiveFault fault, int[] newTargets)
    {
        fault.Scratch = fault.TargetType == EntityType.Database ? cell.Databases[fault.Targets[0]].Sync : fault.Targets[0];
        if (fault.Scratch >= 0)
        {
            cell.AddEvent((int)fault.Scratch, "warn", "WAL replay falling behind: I/O latency on the data disk is high");
        }
    }

    public override void Apply(CellState cell, ActiveFault fault)
    {
        if (fault.Scratch >= 0 && !fault.Mitigated[0])
        {
            cell.Effects[(int)fault.Scratch].ExtraLagPerSecond += fault.Number("rate") + 0.5;
        }
    }

    public override void OnRemediation(CellState cell, ActiveFault fault, Remediation remediation)
    {
        if (remediation.Verb is RemediationVerb.Rebuild or RemediationVerb.Promote && Array.IndexOf(remediation.Instances, (int)fault.Scratch) >= 0)
        {
            fault.MitigateAll(cell.Now);
        }
    }

    public override void OnRevert(CellState cell, ActiveFault fault)
    {
        if (fault.Scratch >= 0)
        {
            cell.Instances[(int)fault.Scratch].Lag = 0;
        }
    }
}

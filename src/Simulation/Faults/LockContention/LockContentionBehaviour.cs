using PracticePlatform.Simulation.Model;

namespace PracticePlatform.Simulation.Faults.LockContention;

/// <summary>
/// A schema change (ALTER TABLE rewriting the table) holds an exclusive lock: writes, and reads of the table,
/// queue behind it until they time out. Cancelling the migration releases the lock.
/// </summary>
internal sealed class LockContentionBehaviour : FaultBehaviour
{
    public override void OnStart(CellState cell, ActiveFault fault, int[] newTargets)
    {
        var db = cell.Databases[fault.Targets[0]];
        if (db.Primary >= 0)
        {
            cell.AddEvent(db.Primary, "info", "statement: ALTER TABLE manta ALTER COLUMN _value TYPE jsonb USING _value::jsonb");
        }
    }

    public override void Apply(CellState cell, ActiveFault fault)
    {
        if (!fault.Mitigated[0])
        {
            var db = cell.Databases[fault.Targets[0]];
            db.WritesBlocked = true;
            db.ReadsBlocked |= fault.Number("reads_blocked") > 0;
        }
    }

    public override void OnRemediation(CellState cell, ActiveFault fault, Remediation remediation)
    {
        if (remediation.Verb == RemediationVerb.CancelQueries && remediation.Database == fault.Targets[0])
        {
            fault.MitigateAll(cell.Now);
        }
    }
}

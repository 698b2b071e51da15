using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Model;

namespace PracticePlatform.Simulation.Faults.StuckFailover;

/// <summary>
/// The primary's host fails and the failover manager's state is wedged, so nothing is promoted: writes and reads
/// fail. Promoting the sync replica by hand fixes it; promoting a lagging async loses writes.
/// </summary>
internal sealed class StuckFailoverBehaviour : FaultBehaviour
{
    public override void OnStart(CellState cell, ActiveFault fault, int[] newTargets)
    {
        var db = cell.Databases[fault.Targets[0]];
        if (db.Primary >= 0)
        {
            fault.Scratch = db.Primary;
            cell.SetProcess(db.Primary, ProcessState.Maintenance, "postgres: server process was terminated by signal 9: Killed; data directory on failed device");
        }
    }

    public override void Apply(CellState cell, ActiveFault fault)
    {
        if (!fault.Mitigated[0])
        {
            cell.Databases[fault.Targets[0]].FailoverStuck = true;
        }
    }

    public override void OnRemediation(CellState cell, ActiveFault fault, Remediation remediation)
    {
        if (remediation.Verb == RemediationVerb.Promote && remediation.Database == fault.Targets[0])
        {
            fault.MitigateAll(cell.Now);
        }
    }

    public override void OnRevert(CellState cell, ActiveFault fault)
    {
        var old = (int)fault.Scratch;
        if (cell.Instances[old].Process != ProcessState.Online)
        {
            cell.Restart(old);
        }
    }
}

using PracticePlatform.Simulation.Model;

namespace PracticePlatform.Simulation.Faults.SlowQueries;

/// <summary>A query with a bad plan runs many times slower on the database; cancelling it (and the backlog) fixes it.</summary>
internal sealed class SlowQueriesBehaviour : FaultBehaviour
{
    public override void Apply(CellState cell, ActiveFault fault)
    {
        if (!fault.Mitigated[0])
        {
            var db = cell.Databases[fault.Targets[0]];
            db.SlowFactor = Math.Max(db.SlowFactor, fault.Number("factor"));
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

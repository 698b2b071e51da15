using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Model;

namespace PracticePlatform.Simulation.Faults.RetryStorm;

/// <summary>
/// A client release retries failed requests immediately, many times. A short blip at the front of the path starts
/// it; the retries then keep the service saturated on their own (a metastable failure). Shedding load with a rate
/// limit lets it recover; setting the client's retries back (config rollback, or set retries to a count `valid` accepts) fixes the cause.
/// </summary>
internal sealed class RetryStormBehaviour : FaultBehaviour
{
    public override void OnStart(CellState cell, ActiveFault fault, int[] newTargets)
    {
        cell.RequestTypes[fault.Targets[0]].RetriesOverride = (int)fault.Number("retries");
    }

    public override void Apply(CellState cell, ActiveFault fault)
    {
        var r = fault.Targets[0];
        if (fault.Mitigated[0])
        {
            return;
        }

        cell.RequestTypes[r].RetriesOverride = (int)fault.Number("retries");
        var path = cell.Topology.Paths[r];
        if (cell.Now - fault.InjectedAt < fault.Number("blip_s") && path.Length > 0)
        {
            var blipped = path[Math.Min(1, path.Length - 1)];
            foreach (var i in cell.Topology.ServiceInstances[blipped])
            {
                cell.Effects[i].AddErrors(0.9, FailureReason.ServerError);
            }
        }
    }

    public override void OnRemediation(CellState cell, ActiveFault fault, Remediation remediation)
    {
        var r = fault.Targets[0];
        var onPath = remediation.Service >= 0 && Array.IndexOf(cell.Topology.Paths[r], remediation.Service) >= 0;
        var valid = new ConfigRule(fault.Text("valid") is { Length: > 0 } text ? text : "0..2");
        var setRight = remediation.Verb == RemediationVerb.ConfigSet && remediation.Key == "retries" && valid.Accepts(remediation.Value)
            && int.TryParse(remediation.Value, System.Globalization.CultureInfo.InvariantCulture, out _);
        if (onPath && (remediation.Verb == RemediationVerb.ConfigRollback || setRight))
        {
            cell.RequestTypes[r].RetriesOverride = setRight ? int.Parse(remediation.Value, System.Globalization.CultureInfo.InvariantCulture) : -1;
            fault.MitigateAll(cell.Now);
        }
    }

    public override void OnRevert(CellState cell, ActiveFault fault) => cell.RequestTypes[fault.Targets[0]].RetriesOverride = -1;
}

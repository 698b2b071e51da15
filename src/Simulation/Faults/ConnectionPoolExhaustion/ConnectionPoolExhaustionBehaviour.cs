using PracticePlatform.Simulation.Model;

namespace PracticePlatform.Simulation.Faults.ConnectionPoolExhaustion;

/// <summary>
/// The service's outbound connection pool is configured far too small: requests wait for a connection and then
/// fail. Setting connection_pool back up (or rolling back the config) fixes it.
/// </summary>
internal sealed class ConnectionPoolExhaustionBehaviour : FaultBehaviour
{
    public override void OnStart(CellState cell, ActiveFault fault, int[] newTargets)
    {
        var service = FaultTargeting.Service(cell, fault);
        if (service >= 0)
        {
            cell.SetConfig(service, "connection_pool", ((int)fault.Number("pool")).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public override void Apply(CellState cell, ActiveFault fault)
    {
        var pool = fault.Number("pool");
        for (var k = 0; k < fault.Targets.Length; k++)
        {
            if (!fault.Mitigated[k])
            {
                cell.Effects[fault.Targets[k]].PoolLimit = pool;
            }
        }
    }

    public override void OnRemediation(CellState cell, ActiveFault fault, Remediation remediation)
    {
        var raised = remediation.Verb == RemediationVerb.ConfigSet && remediation.Key == "connection_pool"
            && double.TryParse(remediation.Value, System.Globalization.CultureInfo.InvariantCulture, out var size) && size >= fault.Number("pool") * 8;
        if (raised || remediation.Verb == RemediationVerb.ConfigRollback)
        {
            FaultTargeting.MitigateIfService(cell, fault, remediation);
        }
    }

    public override void OnRevert(CellState cell, ActiveFault fault)
    {
        var service = FaultTargeting.Service(cell, fault);
        if (service >= 0)
        {
            cell.RollbackConfig(service);
        }
    }
}

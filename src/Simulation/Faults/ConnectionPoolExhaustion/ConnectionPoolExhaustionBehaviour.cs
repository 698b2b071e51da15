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
        if (remediation.Verb is RemediationVerb.ConfigRollback or RemediationVerb.ConfigSet && !CauseRemains(cell, fault))
        {
            FaultTargeting.MitigateIfService(cell, fault, remediation);
        }
    }

    /// <summary>The pool is still a size the scenario does not accept (by default 8 to 1000 times the bad size).</summary>
    public override bool CauseRemains(CellState cell, ActiveFault fault)
    {
        var service = FaultTargeting.Service(cell, fault);
        if (service < 0)
        {
            return false;
        }

        var value = cell.Config(service, "connection_pool");
        if (value == cell.Topology.Services[service].Config.GetValueOrDefault("connection_pool", ""))
        {
            return false;
        }

        var pool = fault.Number("pool");
        var text = fault.Text("valid");
        var rule = new ConfigRule(text.Length > 0 ? text : FormattableString.Invariant($"{pool * 8}..{pool * 1000}"));
        return !rule.Accepts(value);
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

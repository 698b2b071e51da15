using PracticePlatform.Simulation.Model;

namespace PracticePlatform.Simulation.Faults;

/// <summary>
/// Small helpers behaviours share: the service a fault names, mitigation by remediation scope, and the life of a
/// fault caused by a configuration value (pushed at the start, the cause while it stays, rolled back on revert).
/// </summary>
internal static class FaultTargeting
{
    /// <summary>The service index of the inject's target (a service, or the service of an instance), or -1.</summary>
    public static int Service(CellState cell, ActiveFault fault)
    {
        if (!cell.Topology.TryFind(fault.Spec.Target, out var type, out var index))
        {
            return -1;
        }

        return type switch
        {
            EntityType.Service or EntityType.LoadBalancer => index,
            EntityType.Instance => cell.Topology.InstanceService[index],
            _ => fault.Targets.Length > 0 && type != EntityType.Database && type != EntityType.RequestType ? cell.Topology.InstanceService[fault.Targets[0]] : -1,
        };
    }

    /// <summary>Mitigates every target the remediation touched.</summary>
    public static void MitigateTouched(CellState cell, ActiveFault fault, Remediation remediation)
    {
        foreach (var i in remediation.Instances)
        {
            fault.Mitigate(i, cell.Now);
        }
    }

    /// <summary>Mitigates every target when the remediation addressed the fault's service.</summary>
    public static bool MitigateIfService(CellState cell, ActiveFault fault, Remediation remediation)
    {
        if (remediation.Service < 0 || remediation.Service != Service(cell, fault))
        {
            return false;
        }

        fault.MitigateAll(cell.Now);
        return true;
    }

    /// <summary>Sets the fault's <c>key</c> to its <c>value</c> on its service, as the push that caused it did.</summary>
    public static void PushConfig(CellState cell, ActiveFault fault)
    {
        var service = Service(cell, fault);
        if (service >= 0)
        {
            cell.SetConfig(service, fault.Text("key"), fault.Text("value"));
        }
    }

    /// <summary>Whether the fault's bad value is still its service's configuration.</summary>
    public static bool ConfigStillBad(CellState cell, ActiveFault fault)
    {
        var service = Service(cell, fault);
        return service >= 0 && cell.Config(service, fault.Text("key")) == fault.Text("value");
    }

    /// <summary>An instigator's revert of a configuration fault: the service's configuration goes back to the scenario's.</summary>
    public static void RollbackConfig(CellState cell, ActiveFault fault)
    {
        var service = Service(cell, fault);
        if (service >= 0)
        {
            cell.RollbackConfig(service);
        }
    }
}

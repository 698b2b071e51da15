using PracticePlatform.Simulation.Model;

namespace PracticePlatform.Simulation.Faults;

/// <summary>Small helpers behaviours share: the service a fault names, and mitigation by remediation scope.</summary>
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
}

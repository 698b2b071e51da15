using PracticePlatform.Simulation.Model;

namespace PracticePlatform.Simulation.Faults.AgentStarvation;

/// <summary>
/// A monitoring agent on the hosts consumes nearly all CPU, starving every service there. prstat shows it at the
/// top; killing it on a host fixes that host.
/// </summary>
internal sealed class AgentStarvationBehaviour : FaultBehaviour
{
    public override void Apply(CellState cell, ActiveFault fault)
    {
        var cpu = fault.Number("cpu");
        for (var k = 0; k < fault.Targets.Length; k++)
        {
            if (!fault.Mitigated[k])
            {
                var host = cell.Topology.InstanceHost[fault.Targets[k]];
                cell.HostAgentCpu[host] = Math.Max(cell.HostAgentCpu[host], cpu);
            }
        }
    }

    public override void OnRemediation(CellState cell, ActiveFault fault, Remediation remediation)
    {
        if (remediation.Verb == RemediationVerb.KillProcess && remediation.Value == fault.Text("process"))
        {
            foreach (var i in fault.Targets)
            {
                if (cell.Topology.InstanceHost[i] == remediation.Host)
                {
                    fault.Mitigate(i, cell.Now);
                }
            }
        }
    }
}

using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Model;

namespace PracticePlatform.Simulation.Faults.EphemeralPortExhaustion;

/// <summary>
/// A connection per call: each closed outbound connection holds its local port in TIME_WAIT for a minute, so at a
/// steady rate about sixty seconds' worth of calls hold ports. When that exceeds the port range, the calls that find
/// no free port fail at once. The ports belong to the kernel, so a restart frees none; they drain within a minute
/// once connections are reused again.
/// </summary>
internal sealed class EphemeralPortExhaustionBehaviour : FaultBehaviour
{
    public override void OnStart(CellState cell, ActiveFault fault, int[] newTargets)
    {
        FaultTargeting.PushConfig(cell, fault);

        foreach (var i in newTargets)
        {
            cell.AddEvent(i, "info", $"{Tools.RemediationCommands.ConfigReloaded}{fault.Text("key")} = {fault.Text("value")}");
        }
    }

    public override void Apply(CellState cell, ActiveFault fault)
    {
        for (var k = 0; k < fault.Targets.Length; k++)
        {
            ref var instance = ref cell.Instances[fault.Targets[k]];
            var opened = fault.Mitigated[k] || instance.Process != ProcessState.Online ? 0 : instance.Rps;
            // With tcp_tw_reuse a new connection may take a port still in TIME_WAIT.
            var free = instance.TimeWaitReuse == 1 ? double.PositiveInfinity : Math.Max(0, instance.LocalPorts - instance.TimeWait);
            var fail = opened > free ? 1 - (free / opened) : 0;
            // Each call's closed connection holds its port in TIME_WAIT; the cell lets them go (AdvanceResources).
            instance.TimeWait += opened * (1 - fail);
            if (fail > 0)
            {
                cell.Effects[fault.Targets[k]].AddErrors(fail, FailureReason.NoPorts);
            }
        }
    }

    public override void OnRemediation(CellState cell, ActiveFault fault, Remediation remediation)
    {
        // sysctl's tcp_tw_reuse and ip_local_port_range are the instances' own settings (KernelTunables records them):
        // a workaround, not a fix of the cause, so the fault stays and only its failures stop or shrink.
        if (remediation.Verb is RemediationVerb.ConfigRollback or RemediationVerb.ConfigSet && !CauseRemains(cell, fault))
        {
            FaultTargeting.MitigateIfService(cell, fault, remediation);
        }
    }

    /// <summary>Keepalives are still off: a connection per call again.</summary>
    public override bool CauseRemains(CellState cell, ActiveFault fault) => FaultTargeting.ConfigStillBad(cell, fault);

    public override void OnRevert(CellState cell, ActiveFault fault)
    {
        FaultTargeting.RollbackConfig(cell, fault);

        foreach (var i in fault.Targets)
        {
            cell.Instances[i].TimeWait = 0;
        }
    }
}

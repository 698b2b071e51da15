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
    /// <summary>Linux's default ip_local_port_range, 32768-60999.</summary>
    public const double DefaultRange = 28232;

    /// <summary>The port range recorded once tcp_tw_reuse is on: ports in TIME_WAIT no longer block new calls.</summary>
    public const double ReuseTimeWait = -1;

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
            var range = instance.PortRange != 0 ? instance.PortRange : DefaultRange;
            // With tcp_tw_reuse (a negative range) a new connection may take a port still in TIME_WAIT.
            var free = range < 0 ? double.PositiveInfinity : Math.Max(0, range - instance.TimeWait);
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
        if (remediation.Verb is RemediationVerb.ConfigRollback or RemediationVerb.ConfigSet && !CauseRemains(cell, fault))
        {
            FaultTargeting.MitigateIfService(cell, fault, remediation);
        }
        else if (remediation.Verb == RemediationVerb.Sysctl && remediation.Key == "tcp_tw_reuse" && remediation.Value == "1")
        {
            // A workaround on the hosts, not a fix of the cause: the fault stays, its failures stop.
            foreach (var i in remediation.Instances)
            {
                cell.Instances[i].PortRange = ReuseTimeWait;
            }
        }
        else if (remediation.Verb == RemediationVerb.Sysctl && remediation.Key == "ip_local_port_range" && Range(remediation.Value) is > 0 and var range)
        {
            foreach (var i in remediation.Instances)
            {
                cell.Instances[i].PortRange = range;
            }
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

    /// <summary>How many ports <c>lo-hi</c> (or <c>lo hi</c>) spans; 0 when it does not read.</summary>
    private static double Range(string text)
    {
        var parts = text.Split('-', ' ', '\t', ',');
        return parts.Length == 2 && int.TryParse(parts[0], out var lo) && int.TryParse(parts[1], out var hi) && lo is >= 1 and <= 65535 && hi is >= 1 and <= 65535 && hi > lo
            ? hi - lo + 1
            : 0;
    }
}

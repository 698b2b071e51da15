using PracticePlatform.Simulation.Model;

namespace PracticePlatform.Simulation.Faults.TcpSlowStart;

/// <summary>
/// Connections idle for a moment fall back into TCP slow start, so a share of requests pays several extra round
/// trips: p99 latency climbs and slow calls time out. sysctl tcp_slow_start_after_idle=0 fixes it.
/// </summary>
internal sealed class TcpSlowStartBehaviour : FaultBehaviour
{
    public override void Apply(CellState cell, ActiveFault fault)
    {
        var penalty = fault.Number("penalty_ms");
        var share = fault.Number("share_requests");
        for (var k = 0; k < fault.Targets.Length; k++)
        {
            if (!fault.Mitigated[k])
            {
                var i = fault.Targets[k];
                cell.Effects[i].ExtraLatencyMs += penalty * share;
                fault.Scratch += cell.Instances[i].Rps * share;
            }
        }
    }

    public override void OnRemediation(CellState cell, ActiveFault fault, Remediation remediation)
    {
        if (remediation.Verb == RemediationVerb.Sysctl && remediation.Key == "tcp_slow_start_after_idle" && remediation.Value == "0")
        {
            FaultTargeting.MitigateTouched(cell, fault, remediation);
        }
    }
}

using PracticePlatform.Simulation.Model;

namespace PracticePlatform.Simulation.Faults.PacketLoss;

/// <summary>A bad link: packets are lost and retransmitted, so calls slow down and some fail. Drain around it.</summary>
internal sealed class PacketLossBehaviour : FaultBehaviour
{
    public override void Apply(CellState cell, ActiveFault fault)
    {
        var loss = fault.Number("loss");
        var latency = fault.Number("latency_ms");
        for (var k = 0; k < fault.Targets.Length; k++)
        {
            if (!fault.Mitigated[k])
            {
                ref var effects = ref cell.Effects[fault.Targets[k]];
                effects.PacketLoss = Math.Max(effects.PacketLoss, loss);
                effects.ExtraLatencyMs += latency;
            }
        }
    }
}

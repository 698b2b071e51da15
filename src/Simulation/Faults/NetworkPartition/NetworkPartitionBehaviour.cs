using PracticePlatform.Simulation.Model;

namespace PracticePlatform.Simulation.Faults.NetworkPartition;

/// <summary>
/// The targets drop off the network: calls to them time out, load balancers eventually take them out, a partitioned
/// database primary gets failed over. Responders cannot fix the network; they drain or fail over around it.
/// </summary>
internal sealed class NetworkPartitionBehaviour : FaultBehaviour
{
    public override void OnStart(CellState cell, ActiveFault fault, int[] newTargets)
    {
        foreach (var i in newTargets)
        {
            cell.AddEvent(i, "error", "lost connection to peers: ETIMEDOUT (no route to host)");
        }
    }

    public override void Apply(CellState cell, ActiveFault fault)
    {
        var healAfter = fault.Number("heal_after");
        if (healAfter > 0 && cell.Now - fault.InjectedAt >= healAfter)
        {
            fault.MitigateAll(cell.Now);
            return;
        }

        for (var k = 0; k < fault.Targets.Length; k++)
        {
            if (!fault.Mitigated[k])
            {
                cell.Effects[fault.Targets[k]].Unreachable = true;
            }
        }
    }
}

using PracticePlatform.Simulation.Model;

namespace PracticePlatform.Simulation.Faults.LinkPartition;

/// <summary>
/// Cuts the links between two groups (the targets and the <c>other</c> side); the cell's network model turns the cut
/// into timeouts for calls across it, stalled replication and a failover on the coordination quorum's side.
/// </summary>
internal sealed class LinkPartitionBehaviour : FaultBehaviour
{
    public override void OnStart(CellState cell, ActiveFault fault, int[] newTargets)
    {
        var other = fault.Text("other");
        foreach (var i in newTargets)
        {
            cell.AddEvent(i, "error", $"lost connection to peers in {(other.Length > 0 ? other : "the rest of the cell")}: ETIMEDOUT (no route to host)");
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

        cell.CutLinks(fault);
    }
}

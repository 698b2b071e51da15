using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Bench;

/// <summary>
/// sim.cell_bytes: managed heap growth per cell of the bench scenario (the richest) after it has run for its expected duration
/// (history included), averaged over 200 cells. The compiled topology is shared by every cell of a scenario and is
/// created before the baseline is taken.
/// </summary>
internal static class CellBytesBenchmark
{
    private const int Cells = 200;

    public static long Run(Scenario scenario)
    {
        Cell.Create(scenario, 0).RunUntil(60);
        var seconds = Math.Max(3600, (long)scenario.ExpectedDuration.TotalSeconds);
        var before = Settle();
        var cells = new Cell[Cells];
        for (var k = 0; k < Cells; k++)
        {
            cells[k] = Cell.Create(scenario, (ulong)k);
            cells[k].RunUntil(seconds);
        }

        var after = Settle();
        GC.KeepAlive(cells);
        var perCell = (after - before) / Cells;
        Report.Line("sim.cell_bytes", perCell, "bytes");
        Report.Line("sim.cell_bytes_at", seconds, "sim_s");
        return perCell;
    }

    private static long Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}

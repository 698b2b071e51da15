using System.Diagnostics;
using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Bench;

/// <summary>
/// sim.replay_speedup: simulated seconds per wall second for one cell of the given scenario, replaying four
/// simulated hours with the scenario's own injects (median of five runs, after a warm-up).
/// </summary>
internal static class ReplaySpeedBenchmark
{
    private const long Seconds = 4 * 3600;

    public static void Run(Scenario scenario, string prefix = "sim")
    {
        Cell.Create(scenario, 99).RunUntil(Seconds);
        var speeds = new List<double>();
        var allocations = new List<double>();
        for (var run = 0; run < 5; run++)
        {
            var cell = Cell.Create(scenario, (ulong)(run + 1));
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            cell.RunUntil(Seconds);
            watch.Stop();
            allocations.Add((GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)Seconds);
            speeds.Add(Seconds / watch.Elapsed.TotalSeconds);
        }

        var speed = Report.Median(speeds);
        Report.Line($"{prefix}.replay_speedup", speed, "sim_s/s");
        Report.Line($"{prefix}.tick_cost", 1e6 / speed, "us");
        Report.Line($"{prefix}.tick_alloc", Report.Median(allocations), "bytes");
    }
}

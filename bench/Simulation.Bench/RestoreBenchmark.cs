using System.Diagnostics;
using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Scenarios;
using PracticePlatform.Simulation.Snapshots;

namespace PracticePlatform.Simulation.Bench;

/// <summary>
/// sim.restore_ms_2h: rebuilding a 2-hour-old cell of the bench scenario (the richest) from its snapshot taken at 1h50 (parse,
/// restore, replay the last ten minutes), beside sim.replay_ms_2h: the full replay from second 0 it replaces
/// (medians of five runs, after a warm-up); sim.snapshot_bytes: the size of that snapshot.
/// </summary>
internal static class RestoreBenchmark
{
    private const long Age = 2 * 3600;
    private const long SnapshotAt = Age - 600;
    private const ulong Seed = 7;

    public static void Run(Scenario scenario)
    {
        var cell = Cell.Create(scenario, Seed);
        cell.RunUntil(SnapshotAt);
        var bytes = cell.Snapshot().ToArray();
        cell.RunUntil(Age);
        var expected = cell.Digest;

        var restores = new List<double>();
        var replays = new List<double>();
        for (var run = -1; run < 5; run++)
        {
            var watch = Stopwatch.StartNew();
            var restored = Cell.Replay(scenario, Seed, CellSnapshot.Parse(bytes), cell.Actions, Age);
            var restoreMs = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            var replayed = Cell.Replay(scenario, Seed, cell.Actions, Age);
            var replayMs = watch.Elapsed.TotalMilliseconds;
            if (restored.Digest != expected || replayed.Digest != expected)
            {
                throw new InvalidOperationException("a rebuilt cell differs from the original");
            }

            if (run >= 0)
            {
                restores.Add(restoreMs);
                replays.Add(replayMs);
            }
        }

        Report.Line("sim.restore_ms_2h", Report.Median(restores), "ms");
        Report.Line("sim.replay_ms_2h", Report.Median(replays), "ms");
        Report.Line("sim.snapshot_bytes", bytes.Length, "bytes");
    }
}

using System.Diagnostics;
using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Bench;

/// <summary>
/// practice.replay_ms: answering one second of a 4-hour session of the bench scenario (the richest) from its checkpoints, as the
/// replay endpoint does (rebuild the cell at that second, then read health, alarms and the ground truth the charts
/// come from): median and p99 over 200 seconds drawn at random, after the checkpoints were built once
/// (practice.replay_build_ms) every <see cref="Every"/> simulated seconds (practice.replay_checkpoint_bytes in all).
/// The session has the scenario's injects, one responder command every 2 minutes and one inject and revert an hour.
/// </summary>
internal static class ReplayAnySecondBenchmark
{
    /// <summary>The replay grain's checkpoint interval (CellReplayGrain.CheckpointEverySeconds).</summary>
    public const long Every = 120;

    private const long Seconds = 4 * 3600;
    private const ulong Seed = 11;
    private const int Samples = 200;

    public static void Run(Scenario scenario)
    {
        var live = Cell.Create(scenario, Seed);
        var inject = scenario.Injects[0].Id;
        for (var second = 60L; second < Seconds; second += 120)
        {
            live.RunUntil(second);
            live.Execute(second % 3600 == 60 ? "svcs -x" : "uptime", "rui");
            if (second % 3600 == 1860)
            {
                live.Inject(inject, "ines");
                live.RunUntil(second + 60);
                live.Revert(inject, "ines");
            }
        }

        live.RunUntil(Seconds);
        var history = new CellHistory(scenario, Seed, Every);
        history.Append(live.Actions);
        var build = Stopwatch.StartNew();
        Check(history.At(Seconds), live);
        build.Stop();

        var random = new Random(5);
        var times = new List<double>(Samples);
        for (var k = -10; k < Samples; k++)
        {
            var second = random.NextInt64(0, Seconds + 1);
            var watch = Stopwatch.StartNew();
            var cell = history.At(second);
            _ = cell.Health;
            _ = cell.Alarms;
            _ = cell.GroundTruth;
            watch.Stop();
            if (k >= 0)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        var sample = Cell.Replay(scenario, Seed, live.Actions, Seconds / 3);
        Check(history.At(Seconds / 3), sample);
        Report.Line("practice.replay_ms", Report.Median(times), "ms");
        Report.Line("practice.replay_ms_p90", Percentile(times, 0.90), "ms");
        Report.Line("practice.replay_ms_p99", Percentile(times, 0.99), "ms");
        Report.Line("practice.replay_build_ms", build.Elapsed.TotalMilliseconds, "ms");
        Report.Line("practice.replay_checkpoint_bytes", history.CheckpointBytes, "bytes");
    }

    private static void Check(Cell replayed, Cell expected)
    {
        if (replayed.Digest != expected.Digest)
        {
            throw new InvalidOperationException($"the replay at second {replayed.Now} differs from the cell it replays");
        }
    }

    private static double Percentile(List<double> values, double share)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(share * sorted.Length) - 1)];
    }
}

using System.Diagnostics;
using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Bench;

/// <summary>
/// sim.live_cells: the most cells that tick at 1 Hz on this machine with a p99 tick lag under 100 ms. Each cell is
/// due once a second at its own phase (like grain timers started at different moments); one worker per core ticks
/// its cells in due order, sleeping when ahead. Lag = completion time - due time. Each trial runs 5 seconds.
/// </summary>
internal static class LiveCellsBenchmark
{
    private const double TargetP99Ms = 100;
    private const int TrialSeconds = 5;

    public static void Run(Scenario scenario, long cellBytes)
    {
        // Stay within half of the memory the runtime may use.
        var memoryCap = (int)Math.Min(200_000, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 2 / Math.Max(cellBytes, 1));
        int good = 0, bad = 0;
        double goodP99 = 0;
        for (var n = 5_000; n <= memoryCap; n *= 2)
        {
            var p99 = Trial(scenario, n);
            if (p99 >= TargetP99Ms)
            {
                bad = n;
                break;
            }

            (good, goodP99) = (n, p99);
        }

        if (bad == 0 && good < memoryCap)
        {
            var capP99 = Trial(scenario, memoryCap);
            if (capP99 < TargetP99Ms)
            {
                (good, goodP99) = (memoryCap, capP99);
            }
            else
            {
                bad = memoryCap;
            }
        }

        for (var step = 0; step < 2 && bad > 0 && bad - good > good / 8; step++)
        {
            var n = (good + bad) / 2;
            var p99 = Trial(scenario, n);
            if (p99 < TargetP99Ms)
            {
                (good, goodP99) = (n, p99);
            }
            else
            {
                bad = n;
            }
        }

        Report.Line("sim.live_cells", good, "cells");
        Report.Line("sim.live_cells_p99_lag", goodP99, "ms");
        if (good == memoryCap)
        {
            Report.Line("sim.live_cells_memory_cap", memoryCap, "cells");
        }
    }

    private static double Trial(Scenario scenario, int n)
    {
        var cells = new Cell[n];
        for (var k = 0; k < n; k++)
        {
            cells[k] = Cell.Create(scenario, (ulong)k);
        }

        GC.Collect();
        var workers = Environment.ProcessorCount;
        var lags = new float[workers][];
        var clock = Stopwatch.StartNew();
        var start = clock.Elapsed.TotalMilliseconds + 200;
        var threads = new Thread[workers];
        for (var w = 0; w < workers; w++)
        {
            var worker = w;
            threads[w] = new Thread(() => lags[worker] = Work(cells, worker, workers, clock, start)) { IsBackground = true };
            threads[w].Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        var all = lags.SelectMany(l => l).Order().ToArray();
        var p99 = all.Length == 0 ? double.MaxValue : all[(int)(all.Length * 0.99)];
        Console.Error.WriteLine($"  live trial: {n} cells, p99 lag {p99:0.0} ms");
        GC.KeepAlive(cells);
        return p99;
    }

    private static float[] Work(Cell[] cells, int worker, int workers, Stopwatch clock, double startMs)
    {
        var mine = Enumerable.Range(0, cells.Length).Where(k => k % workers == worker).ToArray();
        var lags = new float[mine.Length * TrialSeconds];
        var count = 0;
        for (var second = 0; second < TrialSeconds; second++)
        {
            for (var j = 0; j < mine.Length; j++)
            {
                var due = startMs + (second * 1000.0) + (j * 1000.0 / mine.Length);
                var now = clock.Elapsed.TotalMilliseconds;
                if (due - now > 2)
                {
                    Thread.Sleep((int)(due - now - 1));
                }

                cells[mine[j]].Tick();
                lags[count++] = (float)Math.Max(0, clock.Elapsed.TotalMilliseconds - due);
            }
        }

        return lags;
    }
}

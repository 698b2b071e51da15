using System.Diagnostics;
using System.Globalization;
using PracticePlatform.Runtime.Storage;
using PracticePlatform.Silo.Storage;

namespace PracticePlatform.Runtime.Bench;

/// <summary>
/// The runtime's figures. Each is measured several times in this one run and the median is printed, because the
/// machine is shared and noisy.
/// </summary>
internal static class RuntimeBenchmarks
{
    private const int Repetitions = 3;

    public static async Task RunAsync(TextWriter output)
    {
        Print(output, "runtime.call_p50_us", await MedianAsync(CallLatencyP50Async), "us", "F2");
        Print(output, "runtime.calls_per_sec", await MedianAsync(CallsPerSecondAsync), "calls/s", "F0");
        var activations = new List<(double Bytes, double PerSecond)>();
        for (var i = 0; i < Repetitions; i++)
        {
            activations.Add(await ActivationsAsync(100_000));
        }
        Print(output, "runtime.activation_bytes", Median(activations.Select(a => a.Bytes)), "bytes", "F0");
        Print(output, "runtime.activations_per_sec", Median(activations.Select(a => a.PerSecond)), "activations/s", "F0");
        Print(output, "runtime.sqlite_writes_per_sec", await MedianAsync(SqliteWritesPerSecondAsync), "writes/s", "F0");
    }

    /// <summary>One caller awaiting one call at a time to an already active grain; the median single call.</summary>
    private static async Task<double> CallLatencyP50Async()
    {
        await using var silo = await BenchSilo.StartAsync();
        var grain = silo.Grains.GetGrain<IPingGrain>(1);
        for (var i = 0; i < 50_000; i++)
        {
            await grain.PingAsync(i);
        }
        const int Calls = 200_000;
        var samples = new long[Calls];
        for (var i = 0; i < Calls; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await grain.PingAsync(i);
            samples[i] = Stopwatch.GetTimestamp() - started;
        }
        Array.Sort(samples);
        return samples[Calls / 2] * 1_000_000.0 / Stopwatch.Frequency;
    }

    /// <summary>Concurrent callers spread over 1,000 active grains for two seconds.</summary>
    internal static async Task<double> CallsPerSecondAsync()
    {
        const int Grains = 1_000;
        await using var silo = await BenchSilo.StartAsync();
        var grains = Enumerable.Range(0, Grains).Select(i => silo.Grains.GetGrain<IPingGrain>(i)).ToArray();
        await Task.WhenAll(grains.Select(g => g.PingAsync(0)));
        var callers = Environment.ProcessorCount * 4;
        var stop = Stopwatch.GetTimestamp() + (2 * Stopwatch.Frequency);
        var counts = new long[callers];
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(c => Task.Run(async () =>
        {
            var index = c * 7919 % Grains;
            long calls = 0;
            while ((calls & 1023) != 0 || Stopwatch.GetTimestamp() < stop)
            {
                await grains[index].PingAsync(index);
                index = (index + 1) % Grains;
                calls++;
            }
            counts[c] = calls;
        })));
        return counts.Sum() / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    /// <summary>Activates <paramref name="count"/> grains with an empty state; memory per live activation and the rate.</summary>
    private static async Task<(double Bytes, double PerSecond)> ActivationsAsync(int count)
    {
        await using var silo = await BenchSilo.StartAsync();
        await silo.Grains.GetGrain<IIdleGrain>(-1).TouchAsync();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            await silo.Grains.GetGrain<IIdleGrain>(i).TouchAsync();
        }
        var perSecond = count / Stopwatch.GetElapsedTime(started).TotalSeconds;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        if (silo.Runtime.ActivationCount != count + 1)
        {
            throw new InvalidOperationException($"Expected {count + 1} live activations, found {silo.Runtime.ActivationCount}.");
        }
        return ((after - before) / (double)count, perSecond);
    }

    /// <summary>1,000 grains each writing their state to one SQLite file (WAL, synchronous=FULL), concurrently.</summary>
    private static async Task<double> SqliteWritesPerSecondAsync()
    {
        const int Grains = 1_000;
        const int WritesPerGrain = 10;
        var folder = Directory.CreateTempSubdirectory("practice-bench-");
        try
        {
            var path = Path.Combine(folder.FullName, "bench.db");
            await using var silo = await BenchSilo.StartAsync(s => s.AddSqliteGrainStorage(GrainStorageNames.Default, path));
            var grains = Enumerable.Range(0, Grains).Select(i => silo.Grains.GetGrain<IWriterGrain>(i)).ToArray();
            await Task.WhenAll(grains.Select(g => g.WriteAsync(0)));
            var started = Stopwatch.GetTimestamp();
            await Task.WhenAll(grains.Select(async g =>
            {
                for (var i = 1; i <= WritesPerGrain; i++)
                {
                    await g.WriteAsync(i);
                }
            }));
            return Grains * WritesPerGrain / Stopwatch.GetElapsedTime(started).TotalSeconds;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task<double> MedianAsync(Func<Task<double>> measure)
    {
        var values = new List<double>();
        for (var i = 0; i < Repetitions; i++)
        {
            values.Add(await measure());
        }
        return Median(values);
    }

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    internal static void Print(TextWriter output, string name, double value, string unit, string format) =>
        output.WriteLine($"{name}: {value.ToString(format, CultureInfo.InvariantCulture)} {unit}");
}

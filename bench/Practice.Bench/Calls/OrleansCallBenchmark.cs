using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PracticePlatform.Practice.Bench.Calls;

/// <summary>
/// Orleans's own figures on this machine, for reference beside the practice's: one awaited call's latency, the call
/// rate of many concurrent callers over 1,000 grains, and the memory of an idle activation with no state.
/// Each figure is the median of five rounds.
/// </summary>
public static class OrleansCallBenchmark
{
    public static async Task RunAsync(TextWriter output)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.UseOrleans(silo => silo.UseLocalhostClustering());
        using var host = builder.Build();
        await host.StartAsync();
        var grains = host.Services.GetRequiredService<IGrainFactory>();

        Line(output, "orleans.call_p50_us", Median(await RoundsAsync(() => CallLatencyAsync(grains))), "us");
        Line(output, "orleans.calls_per_sec", Median(await RoundsAsync(() => ThroughputAsync(grains))), "calls/s");
        Line(output, "orleans.activation_bytes", await ActivationBytesAsync(grains, 100_000), "bytes");
        await host.StopAsync();
    }

    private static async Task<double[]> RoundsAsync(Func<Task<double>> round)
    {
        await round();
        var results = new double[5];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = await round();
        }
        return results;
    }

    /// <summary>The median of 20,000 awaited calls from one caller to one grain, in microseconds.</summary>
    private static async Task<double> CallLatencyAsync(IGrainFactory grains)
    {
        var grain = grains.GetGrain<IEchoGrain>(0);
        var samples = new double[20_000];
        for (var i = 0; i < samples.Length; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await grain.EchoAsync(i);
            samples[i] = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
        }
        return Median(samples);
    }

    /// <summary>Calls per second of 64 concurrent callers spreading 200,000 calls over 1,000 grains.</summary>
    private static async Task<double> ThroughputAsync(IGrainFactory grains)
    {
        const int Callers = 64;
        const int CallsPerCaller = 200_000 / Callers;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, Callers).Select(caller => Task.Run(async () =>
        {
            for (var i = 0; i < CallsPerCaller; i++)
            {
                await grains.GetGrain<IEchoGrain>(1 + ((caller * CallsPerCaller) + i) % 1_000).EchoAsync(i);
            }
        })));
        return Callers * CallsPerCaller / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    /// <summary>Managed memory per idle activation with no state, from activating <paramref name="count"/> grains.</summary>
    private static async Task<double> ActivationBytesAsync(IGrainFactory grains, int count)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        for (var batch = 0; batch < count; batch += 1_000)
        {
            await Task.WhenAll(Enumerable.Range(batch, 1_000).Select(i => grains.GetGrain<IEchoGrain>(1_000_000 + i).EchoAsync(i)));
        }
        return (GC.GetTotalMemory(forceFullCollection: true) - before) / (double)count;
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted[(sorted.Length - 1) / 2];
    }

    private static void Line(TextWriter output, string name, double value, string unit) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {value:0.##} {unit}"));
}

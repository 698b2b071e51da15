using System.Diagnostics;
using System.Diagnostics.Metrics;
using PracticePlatform.Api.Dashboard;
using PracticePlatform.Runtime.Metrics;

namespace PracticePlatform.Runtime.Bench;

/// <summary>
/// What the runtime dashboard costs on the call path: grain call throughput with nobody watching (the collector
/// attached to no meter) and with a dashboard open (the collector listening and sampling every second), measured
/// alternately so drift on the shared machine hits both; the medians and the relative loss are printed. Throughput
/// on a shared machine is noisy, so the collector's own cost per recorded call is also measured in isolation: every
/// core recording the runtime's latency measurement with the runtime's tags, watched and unwatched.
/// </summary>
internal static class DashboardOverheadBenchmark
{
    private const int Rounds = 5;
    private const int Records = 5_000_000;

    public static async Task RunAsync(TextWriter output)
    {
        using var collector = new RuntimeCallCollector();
        var unwatched = new List<double>();
        var watched = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            unwatched.Add(await RuntimeBenchmarks.CallsPerSecondAsync());
            using (collector.Watch())
            {
                watched.Add(await RuntimeBenchmarks.CallsPerSecondAsync());
            }
        }
        var without = RuntimeBenchmarks.Median(unwatched);
        var with = RuntimeBenchmarks.Median(watched);
        RuntimeBenchmarks.Print(output, "dashboard.calls_per_sec_unwatched", without, "calls/s", "F0");
        RuntimeBenchmarks.Print(output, "dashboard.calls_per_sec_watched", with, "calls/s", "F0");
        RuntimeBenchmarks.Print(output, "dashboard.overhead_pct", (without - with) / without * 100, "%", "F1");
        RuntimeBenchmarks.Print(output, "dashboard.methods_seen", collector.Methods().Count, "methods", "F0");

        var recordUnwatched = new List<double>();
        var recordWatched = new List<double>();
        var bytesWatched = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            recordUnwatched.Add(NanosecondsPerRecord().Nanoseconds);
            using (collector.Watch())
            {
                var (nanoseconds, bytes) = NanosecondsPerRecord();
                recordWatched.Add(nanoseconds);
                bytesWatched.Add(bytes);
            }
        }
        RuntimeBenchmarks.Print(output, "dashboard.record_ns_unwatched", RuntimeBenchmarks.Median(recordUnwatched), "ns/call", "F1");
        RuntimeBenchmarks.Print(output, "dashboard.record_ns_watched", RuntimeBenchmarks.Median(recordWatched), "ns/call", "F1");
        RuntimeBenchmarks.Print(output, "dashboard.record_bytes_watched", RuntimeBenchmarks.Median(bytesWatched), "bytes/call", "F2");
    }

    /// <summary>
    /// Every core recording calls' latencies as the runtime does (same meter, instrument and tags, a few hot methods
    /// shared by all threads, as grain calls are): wall time per record times the threads, so the figure is CPU time
    /// per recorded call, contention included.
    /// </summary>
    private static (double Nanoseconds, double Bytes) NanosecondsPerRecord()
    {
        using var meter = new Meter(RuntimeInstruments.MeterName);
        var latency = meter.CreateHistogram<double>("practice-app-requests-latency", "ms");
        // Eight methods of two grain types, their tags built once as the runtime builds them.
        var types = new[] { new KeyValuePair<string, object?>("type", "bench.ping"), new KeyValuePair<string, object?>("type", "bench.session") };
        var methods = Enumerable.Range(0, 8).Select(i => new KeyValuePair<string, object?>("method", $"Method{i}Async")).ToArray();
        var threads = Environment.ProcessorCount;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var started = Stopwatch.GetTimestamp();
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, _ =>
        {
            for (var i = 0; i < Records; i++)
            {
                latency.Record(0.02 + (i & 7), types[i & 1], methods[i & 7]);
            }
        });
        // CPU time (wall time x threads) over records (Records x threads); the threads' own start is in the bytes.
        var elapsed = Stopwatch.GetElapsedTime(started).TotalNanoseconds;
        return (elapsed / Records, (GC.GetTotalAllocatedBytes(precise: true) - allocated) / ((double)Records * threads));
    }
}

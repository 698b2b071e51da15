using PracticePlatform.Api.Dashboard;

namespace PracticePlatform.Runtime.Bench;

/// <summary>
/// What the runtime dashboard costs on the call path: grain call throughput with nobody watching (the collector
/// attached to no meter) and with a dashboard open (the collector listening and sampling every second), measured
/// alternately so drift on the shared machine hits both; the medians and the relative loss are printed.
/// </summary>
internal static class DashboardOverheadBenchmark
{
    private const int Rounds = 5;

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
    }
}

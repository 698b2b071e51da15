using System.Diagnostics.Metrics;
using PracticePlatform.Api.Dashboard;
using PracticePlatform.Runtime.Metrics;

namespace PracticePlatform.Api.Tests.Dashboard;

/// <summary>
/// The dashboard's collector, fed as the runtime feeds it (same meter, instruments and tag shapes). Other tests' silos
/// in this process record into the same meter name, so only this test's grain types are looked at.
/// </summary>
public sealed class RuntimeCallCollectorTests
{
    [Fact]
    public void Watched_CountsCallsErrorsAndLatencyPerTypeAndMethod_AndUnwatchedRecordsNothing()
    {
        using var collector = new RuntimeCallCollector();
        var alpha = new KeyValuePair<string, object?>("type", "collector-test.alpha");
        var beta = new KeyValuePair<string, object?>("type", "collector-test.beta");
        // Two grain types whose method has the same name object, as reflection may hand out.
        var get = new KeyValuePair<string, object?>("method", "GetAsync");
        var methods = Enumerable.Range(0, 100).Select(i => new KeyValuePair<string, object?>("method", $"Method{i}Async")).ToArray();

        using (collector.Watch())
        {
            using var meter = new Meter(RuntimeInstruments.MeterName);
            var latency = meter.CreateHistogram<double>("practice-app-requests-latency", "ms");
            var errors = meter.CreateCounter<long>("practice-app-requests-errors");
            for (var i = 0; i < 99; i++)
            {
                latency.Record(0.2, alpha, get);
            }
            latency.Record(40, alpha, get);
            errors.Add(1, alpha, get);
            latency.Record(3, beta, get);
            foreach (var method in methods)
            {
                latency.Record(1, beta, method);
            }
            collector.Sample();

            var figures = collector.Methods().Where(m => m.GrainType.StartsWith("collector-test.", StringComparison.Ordinal)).ToList();
            var alphaGet = Assert.Single(figures, m => m.GrainType == "collector-test.alpha");
            Assert.Equal(("GetAsync", 100L, 1L), (alphaGet.Method, alphaGet.Calls, alphaGet.Errors));
            Assert.Equal((99 * 0.2 + 40) / 100, alphaGet.AverageMs, 3);
            Assert.Equal(0.25, alphaGet.P99Ms);
            Assert.Equal(1 + methods.Length, figures.Count(m => m.GrainType == "collector-test.beta"));
            Assert.Equal(1, figures.Single(m => m.GrainType == "collector-test.beta" && m.Method == "GetAsync").Calls);
            Assert.True(collector.Total.Windows()[^1].Calls >= 100 + 1 + methods.Length);
        }

        Assert.False(collector.IsListening);
        using var later = new Meter(RuntimeInstruments.MeterName);
        var unwatched = later.CreateHistogram<double>("practice-app-requests-latency", "ms");
        Assert.False(unwatched.Enabled);
    }
}

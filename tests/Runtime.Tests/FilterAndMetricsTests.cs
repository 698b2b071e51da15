using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using PracticePlatform.Runtime.Calls;
using PracticePlatform.Runtime.Metrics;
using PracticePlatform.Runtime.Tests.Grains;

namespace PracticePlatform.Runtime.Tests;

public sealed class FilterAndMetricsTests
{
    [Fact]
    public async Task IncomingCallFilter_SeesEveryCallAndItsResult()
    {
        var filter = new RecordingFilter();
        await using var silo = await TestSilo.StartAsync(services: s => s.AddSingleton<IIncomingGrainCallFilter>(filter));
        var grain = silo.Grains.GetGrain<ICounterGrain>("f");

        Assert.Equal(1, await grain.IncrementAsync());
        Assert.Equal(1, await grain.GetAsync());

        Assert.Equal(["counter/f.IncrementAsync=1", "counter/f.GetAsync=1"], filter.Seen);
    }

    [Fact]
    public async Task Metrics_RecordCallLatencyAndErrorsPerGrainTypeAndMethod()
    {
        var measurements = new ConcurrentQueue<(string Instrument, string? Type, string? Method)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == RuntimeInstruments.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
        {
            string? type = null, method = null;
            foreach (var tag in tags)
            {
                if (tag.Key == "type") type = tag.Value as string;
                if (tag.Key == "method") method = tag.Value as string;
            }
            measurements.Enqueue((instrument.Name, type, method));
        }
        listener.SetMeasurementEventCallback<double>(Record);
        listener.SetMeasurementEventCallback<long>(Record);
        listener.SetMeasurementEventCallback<int>(Record);
        listener.Start();
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<ICounterGrain>("m");

        await grain.IncrementAsync();
        await Assert.ThrowsAsync<InvalidOperationException>(() => grain.FailAsync("x"));
        listener.RecordObservableInstruments();

        Assert.Contains(("practice-app-requests-latency", "counter", "IncrementAsync"), measurements);
        Assert.Contains(("practice-app-requests-errors", "counter", "FailAsync"), measurements);
        Assert.Contains(measurements, m => m.Instrument == "practice-catalog-activations" && m.Type == "counter");
    }

    private sealed class RecordingFilter : IIncomingGrainCallFilter
    {
        public ConcurrentQueue<string> Seen { get; } = new();

        public async Task Invoke(IIncomingGrainCallContext context)
        {
            await context.Invoke();
            Seen.Enqueue($"{context.TargetId}.{context.InterfaceMethod.Name}={context.Result}");
        }
    }
}

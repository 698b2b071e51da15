using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using PracticePlatform.Runtime.Metrics;

namespace PracticePlatform.Api.Dashboard;

/// <summary>
/// Aggregates the runtime's call metrics (meter <see cref="RuntimeInstruments.MeterName"/>) and the cells' figures
/// (meter <see cref="PracticeMeterName"/>) for the dashboard: per grain type and method, lock-free counters and a
/// fixed-bucket latency histogram; every second a window, kept for five minutes. It listens only while someone
/// watches (<see cref="Watch"/>): with no listener the runtime's instruments are disabled and record nothing, so an
/// unwatched dashboard costs nothing on the call path.
/// </summary>
public sealed class RuntimeCallCollector : IDisposable
{
    /// <summary>The cells' meter (tick lag, live cells), published by the grains.</summary>
    public const string PracticeMeterName = "PracticePlatform.Practice";

    /// <summary>Seconds of history kept.</summary>
    public const int HistorySeconds = 300;

    // Keyed by the tag values' identity: the runtime passes the same string instances for one grain method on
    // every call, so a lookup compares two references instead of hashing two strings. Equal names in different
    // instances would only split one method's figures in two, merged again by Methods().
    private readonly MethodTable _methods = new();
    private readonly CallStatistics _total = new("*", "*");
    private readonly CallStatistics _tickLag = new("cell", "tick");
    private readonly SecondSeries _totalSeries;
    private readonly SecondSeries _tickLagSeries;
    private readonly Dictionary<CallStatistics, long> _callsAtLastSample = [];
    private readonly Dictionary<CallStatistics, long> _callsPerSecond = [];
    private readonly ConcurrentDictionary<string, long> _gauges = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    // The windows measure the machine's real load, so they follow the wall clock, never the grains' clock.
    private readonly TimeProvider _wallClock = TimeProvider.System;
    private MeterListener? _listener;
    private ITimer? _sampler;
    private int _watchers;

    public RuntimeCallCollector()
    {
        _totalSeries = new SecondSeries(_total, HistorySeconds);
        _tickLagSeries = new SecondSeries(_tickLag, HistorySeconds);
    }

    /// <summary>Process CPU and memory, sampled with the windows.</summary>
    public ProcessSampler Process { get; } = new();

    /// <summary>Whether a listener is attached (someone watches).</summary>
    public bool IsListening
    {
        get
        {
            lock (_lock)
            {
                return _listener is not null;
            }
        }
    }

    /// <summary>Every call, in one-second windows.</summary>
    public SecondSeries Total => _totalSeries;

    /// <summary>The cells' tick lag (ms), in one-second windows.</summary>
    public SecondSeries TickLag => _tickLagSeries;

    /// <summary>The last observed value of a gauge of the cells' meter, or null before one was seen.</summary>
    public long? Gauge(string name) => _gauges.TryGetValue(name, out var value) ? value : null;

    /// <summary>Starts listening (for the first watcher) until the returned handle is disposed by every watcher.</summary>
    public IDisposable Watch()
    {
        lock (_lock)
        {
            if (_watchers++ == 0)
            {
                Start();
            }
        }
        return new Watcher(this);
    }

    /// <summary>Per method: cumulative figures since listening started, and calls in the last second.</summary>
    public IReadOnlyList<MethodFigures> Methods()
    {
        lock (_lock)
        {
            return [.. _methods.Values.GroupBy(m => (m.GrainType, m.Method)).Select(group =>
            {
                long calls = 0, errors = 0, latency = 0, perSecond = 0;
                var buckets = new long[LatencyHistogram.Bounds.Length + 1];
                foreach (var m in group)
                {
                    var counts = m.LatencyBuckets();
                    (calls, errors, latency) = (calls + counts.Sum(), errors + m.Errors, latency + m.LatencyMicroseconds);
                    perSecond += _callsPerSecond.GetValueOrDefault(m);
                    Add(buckets, counts);
                }
                return new MethodFigures(group.Key.GrainType, group.Key.Method, calls, errors, perSecond,
                    calls == 0 ? 0 : Math.Round(latency / 1000.0 / calls, 3), LatencyHistogram.Percentile(buckets, 0.99));
            })];
        }
    }

    /// <summary>Closes the current second: the series' windows, per-method rates, process figures, gauges.</summary>
    public void Sample()
    {
        var now = _wallClock.GetUtcNow();
        lock (_lock)
        {
            _listener?.RecordObservableInstruments();
            var methods = _methods.Values;
            _total.Set(methods);
            _totalSeries.Sample(now);
            _tickLagSeries.Sample(now);
            foreach (var method in methods)
            {
                var calls = method.Calls;
                _callsPerSecond[method] = calls - _callsAtLastSample.GetValueOrDefault(method);
                _callsAtLastSample[method] = calls;
            }
        }
        Process.Sample();
    }

    public void Dispose()
    {
        lock (_lock)
        {
            Stop();
        }
    }

    private static void Add(long[] sum, long[] counts)
    {
        for (var i = 0; i < sum.Length; i++)
        {
            sum[i] += counts[i];
        }
    }

    private void Start()
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                // Only what the dashboard shows: an enabled instrument costs its recording on the hot path. Each is
                // enabled with what it measures as its state, so a measurement is dispatched by one type test, not
                // by comparing instrument names.
                if (Measures(instrument) is { } measure)
                {
                    l.EnableMeasurementEvents(instrument, measure);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>(OnDouble);
        listener.SetMeasurementEventCallback<long>(OnLong);
        listener.SetMeasurementEventCallback<int>(OnInt);
        listener.Start();
        _listener = listener;
        _sampler = _wallClock.CreateTimer(_ => Sample(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    private object? Measures(Instrument instrument) => (instrument.Meter.Name, instrument.Name) switch
    {
        (RuntimeInstruments.MeterName, "practice-app-requests-latency") => Measure.CallLatency,
        (RuntimeInstruments.MeterName, "practice-app-requests-errors") => Measure.CallErrors,
        (PracticeMeterName, "practice-cell-tick-lag") => _tickLag,
        (PracticeMeterName, _) => new PracticeGauge(instrument.Name),
        _ => null,
    };

    private void Stop()
    {
        _sampler?.Dispose();
        _sampler = null;
        _listener?.Dispose();
        _listener = null;
    }

    private void Unwatch()
    {
        lock (_lock)
        {
            if (--_watchers == 0)
            {
                Stop();
            }
        }
    }

    private void OnDouble(Instrument instrument, double measurement, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        if (ReferenceEquals(state, Measure.CallLatency))
        {
            // The total is summed from the methods when sampled, keeping the call path to one set of counters.
            For(tags).RecordCall(measurement);
        }
        else if (state is CallStatistics statistics)
        {
            statistics.RecordCall(measurement);
        }
    }

    private void OnLong(Instrument instrument, long measurement, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        if (ReferenceEquals(state, Measure.CallErrors))
        {
            For(tags).RecordError();
        }
        else if (state is PracticeGauge gauge)
        {
            _gauges[gauge.Name] = measurement;
        }
    }

    private void OnInt(Instrument instrument, int measurement, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        if (state is PracticeGauge gauge)
        {
            _gauges[gauge.Name] = measurement;
        }
    }

    private CallStatistics For(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        object? type = null, method = null;
        foreach (var tag in tags)
        {
            // The runtime's tag keys are these literals, so the comparison ends at the reference check.
            if (tag.Key == "type")
            {
                type = tag.Value;
            }
            else if (tag.Key == "method")
            {
                method = tag.Value;
            }
        }
        return _methods.Find(type, method) ?? _methods.Add(type, method);
    }

    /// <summary>The runtime's call instruments, as listener state.</summary>
    private sealed class Measure
    {
        public static readonly Measure CallLatency = new();

        public static readonly Measure CallErrors = new();
    }

    /// <summary>A gauge of the cells' meter, as listener state.</summary>
    private sealed record PracticeGauge(string Name);

    private sealed class Watcher(RuntimeCallCollector owner) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Unwatch();
            }
        }
    }
}

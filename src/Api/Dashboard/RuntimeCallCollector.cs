using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
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
    // every call, so a lookup hashes two references instead of two strings. Equal names in different instances
    // would only split one method's figures in two, merged again by Methods().
    private readonly ConcurrentDictionary<MethodKey, CallStatistics> _methods = new();
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
                    (calls, errors, latency) = (calls + m.Calls, errors + m.Errors, latency + m.LatencyMicroseconds);
                    perSecond += _callsPerSecond.GetValueOrDefault(m);
                    Add(buckets, m.Latency.Snapshot());
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
            _total.Set(_methods.Values);
            _totalSeries.Sample(now);
            _tickLagSeries.Sample(now);
            foreach (var method in _methods.Values)
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
                // Only what the dashboard shows: an enabled instrument costs its recording on the hot path.
                if (instrument.Meter.Name == PracticeMeterName
                    || (instrument.Meter.Name == RuntimeInstruments.MeterName && instrument.Name is "practice-app-requests-latency" or "practice-app-requests-errors"))
                {
                    l.EnableMeasurementEvents(instrument);
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
        switch (instrument.Name)
        {
            case "practice-app-requests-latency":
                // The total is summed from the methods when sampled, keeping the call path to one set of counters.
                For(tags).RecordCall(measurement);
                break;
            case "practice-cell-tick-lag":
                _tickLag.RecordCall(measurement);
                break;
        }
    }

    private void OnLong(Instrument instrument, long measurement, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        if (instrument.Name == "practice-app-requests-errors")
        {
            For(tags).RecordError();
        }
        else if (instrument.Meter.Name == PracticeMeterName)
        {
            _gauges[instrument.Name] = measurement;
        }
    }

    private void OnInt(Instrument instrument, int measurement, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        if (instrument.Meter.Name == PracticeMeterName)
        {
            _gauges[instrument.Name] = measurement;
        }
    }

    private CallStatistics For(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        object? type = null, method = null;
        foreach (var tag in tags)
        {
            if (tag.Key == "type")
            {
                type = tag.Value;
            }
            else if (tag.Key == "method")
            {
                method = tag.Value;
            }
        }
        var key = new MethodKey(type, method);
        return _methods.TryGetValue(key, out var found)
            ? found
            : _methods.GetOrAdd(key, k => new CallStatistics(k.Type as string ?? "?", k.Method as string ?? "?"));
    }

    private readonly record struct MethodKey(object? Type, object? Method)
    {
        public bool Equals(MethodKey other) => ReferenceEquals(Type, other.Type) && ReferenceEquals(Method, other.Method);

        public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(Type), RuntimeHelpers.GetHashCode(Method));
    }

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

namespace PracticePlatform.Api.Dashboard;

/// <summary>
/// Turns one cumulative <see cref="CallStatistics"/> into one-second windows, keeping the last
/// <see cref="Capacity"/>. Only the sampler writes; readers take a copy under the lock.
/// </summary>
public sealed class SecondSeries(CallStatistics source, int capacity)
{
    private readonly Queue<SecondWindow> _windows = new();
    private readonly Lock _lock = new();
    private long _calls;
    private long _errors;
    private long _latency;
    private long[] _buckets = new long[LatencyHistogram.Bounds.Length + 1];

    public int Capacity { get; } = capacity;

    /// <summary>Closes the second ending at <paramref name="at"/>.</summary>
    public void Sample(DateTimeOffset at)
    {
        var buckets = source.LatencyBuckets();
        var calls = buckets.Sum();
        var errors = source.Errors;
        var latency = source.LatencyMicroseconds;
        var delta = new long[buckets.Length];
        for (var i = 0; i < buckets.Length; i++)
        {
            delta[i] = buckets[i] - _buckets[i];
        }
        var window = new SecondWindow(at, calls - _calls, errors - _errors, latency - _latency, delta);
        (_calls, _errors, _latency, _buckets) = (calls, errors, latency, buckets);
        lock (_lock)
        {
            _windows.Enqueue(window);
            while (_windows.Count > Capacity)
            {
                _windows.Dequeue();
            }
        }
    }

    /// <summary>The kept windows, oldest first.</summary>
    public IReadOnlyList<SecondWindow> Windows()
    {
        lock (_lock)
        {
            return [.. _windows];
        }
    }

    /// <summary>The last <paramref name="seconds"/> windows summed into one.</summary>
    public SecondWindow Last(int seconds)
    {
        var windows = Windows();
        var recent = windows.Skip(Math.Max(0, windows.Count - seconds)).ToList();
        var buckets = new long[LatencyHistogram.Bounds.Length + 1];
        foreach (var window in recent)
        {
            for (var i = 0; i < buckets.Length; i++)
            {
                buckets[i] += window.Buckets[i];
            }
        }
        return new SecondWindow(recent.Count > 0 ? recent[^1].At : DateTimeOffset.MinValue,
            recent.Sum(w => w.Calls), recent.Sum(w => w.Errors), recent.Sum(w => w.LatencyMicroseconds), buckets);
    }
}

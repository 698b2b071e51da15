namespace PracticePlatform.Api.Dashboard;

/// <summary>Calls of one grain method (or of all of them): counts, summed latency and a latency histogram, updated lock-free.</summary>
public sealed class CallStatistics(string grainType, string method)
{
    private long _calls;
    private long _errors;
    private long _latencyMicroseconds;

    public string GrainType { get; } = grainType;

    public string Method { get; } = method;

    public LatencyHistogram Latency { get; } = new();

    public long Calls => Volatile.Read(ref _calls);

    public long Errors => Volatile.Read(ref _errors);

    public long LatencyMicroseconds => Volatile.Read(ref _latencyMicroseconds);

    public void RecordCall(double milliseconds)
    {
        Interlocked.Increment(ref _calls);
        Interlocked.Add(ref _latencyMicroseconds, (long)(milliseconds * 1000));
        Latency.Record(milliseconds);
    }

    public void RecordError() => Interlocked.Increment(ref _errors);

    /// <summary>Makes these statistics the sum of <paramref name="parts"/> (for a total kept off the call path).</summary>
    public void Set(IEnumerable<CallStatistics> parts)
    {
        long calls = 0, errors = 0, latency = 0;
        var buckets = new long[LatencyHistogram.Bounds.Length + 1];
        foreach (var part in parts)
        {
            (calls, errors, latency) = (calls + part.Calls, errors + part.Errors, latency + part.LatencyMicroseconds);
            var counts = part.Latency.Snapshot();
            for (var i = 0; i < buckets.Length; i++)
            {
                buckets[i] += counts[i];
            }
        }
        Volatile.Write(ref _calls, calls);
        Volatile.Write(ref _errors, errors);
        Volatile.Write(ref _latencyMicroseconds, latency);
        Latency.Set(buckets);
    }
}

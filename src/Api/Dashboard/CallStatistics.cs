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
}

namespace PracticePlatform.Api.Dashboard;

/// <summary>What happened in one second: calls, errors, summed latency and the latency histogram's counts.</summary>
public sealed record SecondWindow(DateTimeOffset At, long Calls, long Errors, long LatencyMicroseconds, long[] Buckets)
{
    public double AverageMilliseconds => Calls == 0 ? 0 : LatencyMicroseconds / 1000.0 / Calls;

    public double P99Milliseconds => LatencyHistogram.Percentile(Buckets, 0.99);
}

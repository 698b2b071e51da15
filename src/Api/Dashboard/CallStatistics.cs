namespace PracticePlatform.Api.Dashboard;

/// <summary>
/// Calls of one grain method (or of all of them): latency histogram, summed latency and errors, updated lock-free.
/// The counts live in one stripe per processor, so that calls running on different cores never fight over one cache
/// line (a hot method is recorded from every core at once); readers, once a second, sum the stripes. The number of
/// calls is the histogram's total, so a call costs two uncontended atomic adds.
/// </summary>
public sealed class CallStatistics
{
    private static readonly int LatencySlot = LatencyHistogram.BucketCount;
    private static readonly int ErrorSlot = LatencyHistogram.BucketCount + 1;
    // Slots used, rounded up with at least 64 bytes to spare, so one stripe's counts never share a cache line with the next's.
    private static readonly int StripeLength = ((LatencyHistogram.BucketCount + 2 + 8 + 7) / 8) * 8;
    private static readonly int StripeMask = StripesFor(Environment.ProcessorCount) - 1;

    private readonly long[][] _stripes;

    public CallStatistics(string grainType, string method)
    {
        GrainType = grainType;
        Method = method;
        _stripes = new long[StripeMask + 1][];
        for (var i = 0; i < _stripes.Length; i++)
        {
            _stripes[i] = new long[StripeLength];
        }
    }

    public string GrainType { get; }

    public string Method { get; }

    public long Calls
    {
        get
        {
            long calls = 0;
            foreach (var stripe in _stripes)
            {
                for (var i = 0; i < LatencySlot; i++)
                {
                    calls += Volatile.Read(ref stripe[i]);
                }
            }
            return calls;
        }
    }

    public long Errors => Sum(ErrorSlot);

    public long LatencyMicroseconds => Sum(LatencySlot);

    public void RecordCall(double milliseconds)
    {
        var stripe = _stripes[Thread.GetCurrentProcessorId() & StripeMask];
        Interlocked.Increment(ref stripe[LatencyHistogram.BucketOf(milliseconds)]);
        Interlocked.Add(ref stripe[LatencySlot], (long)(milliseconds * 1000));
    }

    public void RecordError() => Interlocked.Increment(ref _stripes[Thread.GetCurrentProcessorId() & StripeMask][ErrorSlot]);

    /// <summary>The latency histogram's counts, summed over the stripes: a copy to subtract from a later one.</summary>
    public long[] LatencyBuckets()
    {
        var buckets = new long[LatencyHistogram.BucketCount];
        foreach (var stripe in _stripes)
        {
            for (var i = 0; i < buckets.Length; i++)
            {
                buckets[i] += Volatile.Read(ref stripe[i]);
            }
        }
        return buckets;
    }

    /// <summary>Makes these statistics the sum of <paramref name="parts"/> (for a total kept off the call path).</summary>
    public void Set(IEnumerable<CallStatistics> parts)
    {
        long errors = 0, latency = 0;
        var buckets = new long[LatencyHistogram.BucketCount];
        foreach (var part in parts)
        {
            (errors, latency) = (errors + part.Errors, latency + part.LatencyMicroseconds);
            var counts = part.LatencyBuckets();
            for (var i = 0; i < buckets.Length; i++)
            {
                buckets[i] += counts[i];
            }
        }
        // Only the sampler sets a total, and nothing records into it: the sum goes to the first stripe.
        var first = _stripes[0];
        for (var i = 0; i < buckets.Length; i++)
        {
            Volatile.Write(ref first[i], buckets[i]);
        }
        Volatile.Write(ref first[LatencySlot], latency);
        Volatile.Write(ref first[ErrorSlot], errors);
    }

    private long Sum(int slot)
    {
        long sum = 0;
        foreach (var stripe in _stripes)
        {
            sum += Volatile.Read(ref stripe[slot]);
        }
        return sum;
    }

    /// <summary>A power of two at least the processor count, at most 64 (the cost of a method's figures in memory).</summary>
    private static int StripesFor(int processors)
    {
        var stripes = 1;
        while (stripes < processors && stripes < 64)
        {
            stripes <<= 1;
        }
        return stripes;
    }
}

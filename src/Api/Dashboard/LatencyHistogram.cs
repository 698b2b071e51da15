namespace PracticePlatform.Api.Dashboard;

/// <summary>
/// Fixed latency buckets (upper bounds in milliseconds). A percentile is read as the upper bound of the bucket it
/// falls in: coarse, but cheap to record and to subtract between seconds.
/// </summary>
public static class LatencyHistogram
{
    /// <summary>Bucket upper bounds in milliseconds; a last, open bucket catches the rest.</summary>
    public static readonly double[] Bounds = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000];

    /// <summary>How many buckets: one per bound and the open one.</summary>
    public static int BucketCount => Bounds.Length + 1;

    /// <summary>The latency below which <paramref name="quantile"/> of the counted calls fell, or 0 when none.</summary>
    public static double Percentile(ReadOnlySpan<long> counts, double quantile)
    {
        long total = 0;
        foreach (var count in counts)
        {
            total += count;
        }
        if (total == 0)
        {
            return 0;
        }
        var rank = (long)Math.Ceiling(total * quantile);
        long seen = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            seen += counts[i];
            if (seen >= rank)
            {
                return i < Bounds.Length ? Bounds[i] : Bounds[^1] * 2;
            }
        }
        return Bounds[^1] * 2;
    }

    /// <summary>The bucket a latency falls in.</summary>
    public static int BucketOf(double milliseconds)
    {
        var bounds = Bounds;
        for (var i = 0; i < bounds.Length; i++)
        {
            if (milliseconds <= bounds[i])
            {
                return i;
            }
        }
        return bounds.Length;
    }
}

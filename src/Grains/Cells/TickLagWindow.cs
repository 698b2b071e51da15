namespace PracticePlatform.Grains.Cells;

/// <summary>
/// The last few thousand tick lags of this silo's cells, for the operations page's median and p99: a fixed ring,
/// so recording costs one lock and no allocation however long the silo runs.
/// </summary>
public sealed class TickLagWindow(int capacity = 4096)
{
    private readonly double[] _samples = new double[capacity];
    private readonly Lock _lock = new();
    private long _count;

    /// <summary>Records one lag in milliseconds.</summary>
    public void Record(double milliseconds)
    {
        lock (_lock)
        {
            _samples[_count++ % _samples.Length] = milliseconds;
        }
    }

    /// <summary>The median and 99th percentile of the samples held, or null when there are none yet.</summary>
    public (double P50, double P99)? Percentiles()
    {
        double[] copy;
        lock (_lock)
        {
            copy = _samples[..(int)Math.Min(_count, _samples.Length)];
        }
        if (copy.Length == 0)
        {
            return null;
        }
        Array.Sort(copy);
        return (copy[(copy.Length - 1) / 2], copy[(int)Math.Ceiling(0.99 * copy.Length) - 1]);
    }
}

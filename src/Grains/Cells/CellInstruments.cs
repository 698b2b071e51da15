using System.Diagnostics.Metrics;

namespace PracticePlatform.Grains.Cells;

/// <summary>
/// The cells' figures for operators, under meter <c>PracticePlatform.Practice</c>: how many cells are live (paced
/// above 0) and active, how late their ticks ran behind the clock when caught up, how activations rebuilt their
/// simulator (from a snapshot or by a full replay) and how large the persisted snapshots are.
/// </summary>
public static class CellInstruments
{
    public const string MeterName = "PracticePlatform.Practice";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Histogram<double> TickLag = Meter.CreateHistogram<double>(
        "practice-cell-tick-lag", "ms", "How long after it fell due a simulated second was run.");

    private static readonly Counter<long> Rebuilds = Meter.CreateCounter<long>(
        "practice-cell-rebuilds", description: "Cell activations by how the simulator was rebuilt (from: snapshot, or replay of the whole log).");
    private static readonly Counter<long> Refusals = Meter.CreateCounter<long>(
        "practice-cell-snapshots-refused", description: "Persisted snapshots an activation could not use (damaged, foreign or not fitting the log); it replayed in full.");
    private static readonly Histogram<long> SnapshotSize = Meter.CreateHistogram<long>(
        "practice-cell-snapshot-size", "By", "Size of each persisted cell snapshot.");

    private static int _activeCells;
    private static long _fromSnapshot;
    private static long _fullReplays;
    private static long _snapshotsRefused;
    private static int _liveCells;

    static CellInstruments()
    {
        Meter.CreateObservableGauge("practice-cells-active", () => Volatile.Read(ref _activeCells), description: "Cells in memory.");
        Meter.CreateObservableGauge("practice-cells-live", () => Volatile.Read(ref _liveCells), description: "Cells paced above 0.");
        Meter.CreateObservableGauge("practice-cell-tick-lag-recent-p50", () => RecentPercentile(p99: false), "ms", "Median lag of this silo's last 4,096 simulated seconds.");
        Meter.CreateObservableGauge("practice-cell-tick-lag-recent-p99", () => RecentPercentile(p99: true), "ms", "p99 lag of this silo's last 4,096 simulated seconds.");
    }

    private static IEnumerable<Measurement<double>> RecentPercentile(bool p99) =>
        RecentTickLag.Percentiles() is { } percentiles ? [new Measurement<double>(p99 ? percentiles.P99 : percentiles.P50)] : [];

    /// <summary>Cells in memory now.</summary>
    public static int ActiveCells => Volatile.Read(ref _activeCells);

    /// <summary>Cells paced above 0 now.</summary>
    public static int LiveCells => Volatile.Read(ref _liveCells);

    /// <summary>Activations, since the process started, that restored a snapshot and replayed only what followed it.</summary>
    public static long RebuiltFromSnapshot => Interlocked.Read(ref _fromSnapshot);

    /// <summary>Activations, since the process started, that replayed the whole log from second 0.</summary>
    public static long RebuiltByFullReplay => Interlocked.Read(ref _fullReplays);

    /// <summary>Snapshots, since the process started, that were there but refused (damaged, foreign or not fitting the log).</summary>
    public static long SnapshotsRefused => Interlocked.Read(ref _snapshotsRefused);

    internal static void SnapshotRefused()
    {
        Interlocked.Increment(ref _snapshotsRefused);
        Refusals.Add(1);
    }

    internal static void CellRebuilt(bool fromSnapshot)
    {
        Interlocked.Increment(ref fromSnapshot ? ref _fromSnapshot : ref _fullReplays);
        Rebuilds.Add(1, new KeyValuePair<string, object?>("from", fromSnapshot ? "snapshot" : "replay"));
    }

    internal static void RecordSnapshot(int bytes) => SnapshotSize.Record(bytes);

    internal static void CellActivated(double speed)
    {
        Interlocked.Increment(ref _activeCells);
        if (speed > 0)
        {
            Interlocked.Increment(ref _liveCells);
        }
    }

    internal static void CellDeactivated(double speed)
    {
        Interlocked.Decrement(ref _activeCells);
        if (speed > 0)
        {
            Interlocked.Decrement(ref _liveCells);
        }
    }

    internal static void CellPaceChanged(double from, double to)
    {
        if (from == 0 && to > 0)
        {
            Interlocked.Increment(ref _liveCells);
        }
        else if (from > 0 && to == 0)
        {
            Interlocked.Decrement(ref _liveCells);
        }
    }

    /// <summary>The recent tick lags of this silo's cells (median and p99 for the operations page).</summary>
    public static TickLagWindow RecentTickLag { get; } = new();

    internal static void RecordTickLag(double milliseconds)
    {
        TickLag.Record(Math.Max(0, milliseconds));
        RecentTickLag.Record(Math.Max(0, milliseconds));
    }
}

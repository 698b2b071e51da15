using System.Diagnostics.Metrics;

namespace PracticePlatform.Grains.Cells;

/// <summary>
/// The cells' figures for operators, under meter <c>PracticePlatform.Practice</c>: how many cells are live (paced
/// above 0) and active, and how late their ticks ran behind the clock when caught up.
/// </summary>
public static class CellInstruments
{
    public const string MeterName = "PracticePlatform.Practice";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Histogram<double> TickLag = Meter.CreateHistogram<double>(
        "practice-cell-tick-lag", "ms", "How long after it fell due a simulated second was run.");

    private static int _activeCells;
    private static int _liveCells;

    static CellInstruments()
    {
        Meter.CreateObservableGauge("practice-cells-active", () => Volatile.Read(ref _activeCells), description: "Cells in memory.");
        Meter.CreateObservableGauge("practice-cells-live", () => Volatile.Read(ref _liveCells), description: "Cells paced above 0.");
    }

    /// <summary>Cells in memory now.</summary>
    public static int ActiveCells => Volatile.Read(ref _activeCells);

    /// <summary>Cells paced above 0 now.</summary>
    public static int LiveCells => Volatile.Read(ref _liveCells);

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

    internal static void RecordTickLag(double milliseconds) => TickLag.Record(Math.Max(0, milliseconds));
}

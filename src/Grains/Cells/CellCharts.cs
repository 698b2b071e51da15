using System.Collections.Immutable;
using PracticePlatform.Contracts.Cells;
using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Grains.Cells;

/// <summary>
/// What the console's charts plot, the same for the live cell and a replayed one: per request type, the last hour's
/// completed minutes and completed 10-second buckets, with the tools' clock at second 0.
/// </summary>
public static class CellCharts
{
    private const int Minutes = 60;

    private const int BucketSeconds = 10;

    public static ImmutableArray<RequestTypeSeries> Of(Cell cell)
    {
        var clockStart = Cell.ToolClock(0);
        var tenSeconds = cell.TenSecondTruth.ToDictionary(s => s.RequestType, StringComparer.Ordinal);
        // While monitoring is blind the charts get no new points: they end with the last period it saw whole.
        var seenUntil = cell.MonitoringBlindSince ?? long.MaxValue;
        return
        [
            .. cell.GroundTruth.RequestTypes.Select(r => new RequestTypeSeries(
                r.RequestType,
                [.. r.Minutes.Where(m => (m.Minute + 1) * 60L <= seenUntil).TakeLast(Minutes).Select(m => new MinutePoint(m.Minute, m.Attempted, m.Attempted == 0 ? 1 : 1 - ((double)m.Failed / m.Attempted), m.P99))],
                [.. tenSeconds[r.RequestType].Buckets.Where(b => b.Second + BucketSeconds <= seenUntil).Select(b => new TenSecondPoint(b.Second, b.Attempted, b.Attempted == 0 ? 1 : 1 - ((double)b.Failed / b.Attempted), b.P99))],
                clockStart)),
        ];
    }
}

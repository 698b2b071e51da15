using System.Collections.Immutable;
using PracticePlatform.Runtime.Hosting;

namespace PracticePlatform.Api.Dashboard;

/// <summary>Composes a <see cref="DashboardSnapshot"/> from the collector's windows, the runtime's directory and the practice figures.</summary>
/// <remarks>Reminder due times are on the runtime's clock (<paramref name="clock"/>), the snapshot's own time on the wall clock.</remarks>
public sealed class DashboardSnapshots(RuntimeCallCollector collector, GrainRuntime runtime, IEnumerable<IPracticeFigureSource> practice, TimeProvider clock)
{
    private const int TopListLength = 10;

    public async Task<DashboardSnapshot> TakeAsync()
    {
        var windows = collector.Total.Windows();
        var recent = collector.Total.Last(10);
        var methods = collector.Methods();
        var lag = collector.TickLag.Last(60);
        var sessions = ImmutableSortedDictionary<string, int>.Empty;
        foreach (var source in practice)
        {
            sessions = sessions.AddRange(await source.SessionsByStateAsync());
        }
        var runtimeNow = clock.GetUtcNow();
        return new DashboardSnapshot(
            DateTimeOffset.UtcNow,
            [collector.Process.Figures()],
            runtime.ActivationCount,
            [.. runtime.ActivationsByType.Where(t => t.Value > 0).OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Select(t => new TypeCount(t.Key, t.Value))],
            runtime.Reminders.Count,
            [.. runtime.Reminders.NextDue(TopListLength).Select(r => new ReminderFigures(
                r.GrainId.ToString(), r.ReminderName, r.Period.TotalSeconds, Math.Max(0, Math.Round((r.NextDue - runtimeNow).TotalSeconds, 1))))],
            new CallFigures(
                Math.Round(recent.Calls / (double)Math.Max(1, Math.Min(10, windows.Count)), 1),
                recent.Calls == 0 ? 0 : Math.Round(100.0 * recent.Errors / recent.Calls, 2),
                Math.Round(recent.AverageMilliseconds, 3),
                recent.P99Milliseconds,
                methods.Sum(m => m.Calls),
                methods.Sum(m => m.Errors)),
            [.. windows.Select((w, i) => new SeriesPoint(windows.Count - 1 - i, w.Calls, w.Errors, Math.Round(w.AverageMilliseconds, 3), w.P99Milliseconds))],
            [.. methods.OrderByDescending(m => m.Calls).Take(TopListLength)],
            [.. methods.Where(m => m.Errors > 0).OrderByDescending(m => m.Errors).Take(TopListLength)],
            [.. methods.Where(m => m.Calls > 0).OrderByDescending(m => m.P99Ms).ThenByDescending(m => m.AverageMs).Take(TopListLength)],
            new PracticeFigures(
                sessions,
                collector.Gauge("practice-cells-live"),
                collector.Gauge("practice-cells-active"),
                Math.Round(lag.AverageMilliseconds, 1),
                lag.P99Milliseconds));
    }
}

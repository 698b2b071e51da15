using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using PracticePlatform.Grains.Cells;
using PracticePlatform.Grains.Sessions;
using PracticePlatform.Runtime;

namespace PracticePlatform.Api.WebConsole;

/// <summary>
/// The console's live feed of one session as server-sent events: <c>session</c> (the session view, when it changed)
/// and <c>timeline</c> (each new entry the seat may see). It polls the session grain on the wall clock: the refresh
/// rate is a property of the screen, not of simulated time, so it does not follow the injected clock.
/// </summary>
public sealed class LiveSessionStream(IGrainFactory grains, IHostApplicationLifetime lifetime, IConfiguration configuration)
{
    private readonly TimeSpan _refresh = TimeSpan.FromMilliseconds(configuration.GetValue("Practice:Console:RefreshMilliseconds", 1000));

    /// <summary>Timeline kinds that give the outage away: only instigators see them before the debrief.</summary>
    public static bool IsInstigatorOnly(TimelineKind kind) => kind is TimelineKind.Inject or TimelineKind.Revert;

    public async IAsyncEnumerable<SseItem<object>> ReadAsync(SessionSeat seat, long after, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        using var timer = new PeriodicTimer(_refresh, TimeProvider.System);
        var session = grains.GetGrain<ISessionGrain>(seat.Session.Id);
        var showAll = seat.Instigates || seat.Session.Status is SessionStatus.Debriefed or SessionStatus.Closed;
        string? lastView = null;
        string? lastAlarms = null;
        do
        {
            var view = await session.GetAsync(seat.Caller);
            var key = ViewKey(view);
            if (key != lastView)
            {
                lastView = key;
                yield return new SseItem<object>(view, "session");
            }
            if (await MetricsAsync(session, seat, view) is { } metrics)
            {
                yield return new SseItem<object>(metrics, "metrics");
                var alarms = await session.AlarmsAsync(seat.Caller);
                var alarmKey = string.Join('|', alarms.Select(a => $"{a.Id}:{a.Firing}:{a.Since}:{a.AcknowledgedBy}"));
                if (alarmKey != lastAlarms)
                {
                    lastAlarms = alarmKey;
                    yield return new SseItem<object>(alarms, "alarms");
                }
            }
            foreach (var entry in await session.TimelineAsync(seat.Caller, after))
            {
                after = entry.Sequence;
                if (showAll || !IsInstigatorOnly(entry.Kind))
                {
                    yield return new SseItem<object>(entry, "timeline") { EventId = entry.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) };
                }
            }
        }
        while (await Tick(timer, stop.Token));
    }

    private static async Task<CellMetrics?> MetricsAsync(ISessionGrain session, SessionSeat seat, SessionView view)
    {
        if (view.Status is SessionStatus.Draft or SessionStatus.Scheduled)
        {
            return null;
        }
        try
        {
            return await session.MetricsAsync(seat.Caller);
        }
        catch (SessionRuleException)
        {
            return null;
        }
    }

    private static async Task<bool> Tick(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static string ViewKey(SessionView view) =>
        $"{view.Status}|{view.Second}|{view.Participants.Length}|{string.Join(',', view.Faults.Select(f => f.Id + ":" + f.Status))}";
}

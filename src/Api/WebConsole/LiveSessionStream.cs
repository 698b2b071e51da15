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
        var state = new PollState(after);
        do
        {
            foreach (var item in await PollAsync(session, seat, showAll, state))
            {
                yield return item;
            }
        }
        while (await Tick(timer, stop.Token));
    }

    /// <summary>
    /// One refresh: what changed since the last. A call that times out (a busy silo) skips this refresh instead of
    /// breaking the browser's stream; the next refresh catches up from the last entry sent.
    /// </summary>
    private static async Task<List<SseItem<object>>> PollAsync(ISessionGrain session, SessionSeat seat, bool showAll, PollState state)
    {
        var items = new List<SseItem<object>>();
        try
        {
            var view = await session.GetAsync(seat.Caller);
            var key = ViewKey(view);
            if (key != state.LastView)
            {
                state.LastView = key;
                items.Add(new SseItem<object>(view, "session"));
            }
            if (await MetricsAsync(session, seat, view) is { } metrics)
            {
                items.Add(new SseItem<object>(metrics, "metrics"));
                var alarms = await session.AlarmsAsync(seat.Caller);
                var alarmKey = string.Join('|', alarms.Select(a => $"{a.Id}:{a.Firing}:{a.Since}:{a.AcknowledgedBy}"));
                if (alarmKey != state.LastAlarms)
                {
                    state.LastAlarms = alarmKey;
                    items.Add(new SseItem<object>(alarms, "alarms"));
                }
            }
            foreach (var entry in await session.TimelineAsync(seat.Caller, state.After))
            {
                state.After = entry.Sequence;
                if (showAll || !IsInstigatorOnly(entry.Kind))
                {
                    items.Add(new SseItem<object>(entry, "timeline") { EventId = entry.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) });
                }
            }
        }
        catch (TimeoutException)
        {
            // Sent what was read; the rest comes with the next refresh.
        }
        return items;
    }

    /// <summary>What one stream has sent so far.</summary>
    private sealed class PollState(long after)
    {
        public long After { get; set; } = after;

        public string? LastView { get; set; }

        public string? LastAlarms { get; set; }
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

using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using PracticePlatform.Api.Live;
using PracticePlatform.Contracts.Cells;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.WebConsole;

/// <summary>
/// The console's live feed of one session as server-sent events: <c>session</c> (the session view, when it changed),
/// <c>metrics</c>, <c>alarms</c> (when they changed), <c>timeline</c> (each new entry the seat may see) and
/// <c>presence</c> (who has the session's console open, when that changed: <see cref="ConsolePresence"/>).
/// A write of the session (<see cref="SessionChangeWatch"/>, whichever silo hosts it) wakes the stream at once for the view, alarms and timeline, so
/// chat, alarms and commands reach browsers without waiting. The metrics go out with every refresh in which the
/// session's simulated second moved, so the health table and charts keep up with the status line and the alarms
/// (sending them only on the timer left them a refresh behind whatever the signal had just shown), and on a
/// wall-clock timer. The
/// refresh rate is a property of the screen, not of simulated time, so it does not follow the injected clock.
/// </summary>
public sealed class LiveSessionStream(IGrainFactory grains, IHostApplicationLifetime lifetime, IConfiguration configuration, TimeProvider time)
{
    private readonly TimeSpan _refresh = TimeSpan.FromMilliseconds(configuration.GetValue("Practice:Console:RefreshMilliseconds", 1000));

    public async IAsyncEnumerable<SseItem<object>> ReadAsync(SessionSeat seat, TimelineCursor after, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        using var timer = new PeriodicTimer(_refresh, TimeProvider.System);
        var id = seat.Session.Id;
        var session = grains.GetGrain<ISessionGrain>(id);
        var state = new PollState(after);
        // Learn the version before reading, so a write in between is never missed.
        var watch = new SessionChangeWatch(session, seat.Caller);
        await watch.PrimeAsync(stop.Token);
        var changed = watch.NextAsync(TimeSpan.MaxValue, stop.Token);
        var tick = timer.WaitForNextTickAsync(stop.Token).AsTask();
        var withMetrics = true;
        // Presence beats on the injected clock beside the feed, and its changes wake the feed as the session's do.
        var presence = new ConsolePresence(grains, seat, time);
        await presence.BeatAsync();
        using var presenceStop = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
        var beating = presence.BeatUntilAsync(presenceStop.Token);
        var present = presence.NextAsync(presenceStop.Token);
        var onlyPresence = false;
        try
        {
            while (true)
            {
                List<SseItem<object>> items = onlyPresence ? [] : await PollAsync(session, seat, withMetrics, state);
                if (present.IsCompleted)
                {
                    if (await present is not { } people)
                    {
                        yield break;
                    }
                    items.Add(new SseItem<object>(people, "presence"));
                    present = presence.NextAsync(presenceStop.Token);
                }
                foreach (var item in items)
                {
                    yield return item;
                }
                if (items.Any(item => item.Data is SessionView { Status: SessionStatus.Closed or SessionStatus.Aborted }))
                {
                    // The session is over: nothing more will change, so the stream ends instead of idling on keep-alives.
                    yield break;
                }
                // Stopping cancels the tick, which ends the wait.
                var woke = await Task.WhenAny(tick, changed, present);
                if (woke == tick && !await Ticked(tick))
                {
                    yield break;
                }
                onlyPresence = woke == present;
                if (onlyPresence)
                {
                    continue;
                }
                withMetrics = woke == tick;
                if (withMetrics)
                {
                    tick = timer.WaitForNextTickAsync(stop.Token).AsTask();
                }
                if (changed.IsCompleted)
                {
                    changed = watch.NextAsync(TimeSpan.MaxValue, stop.Token);
                }
            }
        }
        finally
        {
            // The browser closed the page (or the session ended): the others see this console leave now. A frontend
            // shutting down does not call the cluster on its way out: its beats expire instead.
            await presenceStop.CancelAsync();
            await beating;
            if (!lifetime.ApplicationStopping.IsCancellationRequested)
            {
                await presence.LeaveAsync();
            }
        }
    }

    /// <summary>
    /// One refresh: what changed since the last (metrics only on the timer). A call that times out (a busy silo)
    /// skips this refresh instead of breaking the browser's stream; the next refresh catches up from the last entry sent.
    /// </summary>
    private static async Task<List<SseItem<object>>> PollAsync(ISessionGrain session, SessionSeat seat, bool withMetrics, PollState state)
    {
        var items = new List<SseItem<object>>();
        try
        {
            var view = await session.GetAsync(seat.Caller);
            AddView(items, view, state);
            if (HasCell(view))
            {
                if ((withMetrics || view.Second != state.MetricsSecond) && await MetricsAsync(session, seat) is { } metrics)
                {
                    state.MetricsSecond = view.Second;
                    items.Add(new SseItem<object>(metrics, "metrics"));
                }
                if (await AlarmsAsync(session, seat) is { } alarms)
                {
                    var alarmKey = string.Join('|', alarms.Select(a => $"{a.Id}:{a.Firing}:{a.Since}:{a.AcknowledgedBy}"));
                    if (alarmKey != state.LastAlarms)
                    {
                        state.LastAlarms = alarmKey;
                        if (alarms.Any(a => a.Since > view.Second))
                        {
                            // The cell moved on between the two reads: an alarm from a second the view has not reached
                            // would read "firing for 0 s" until the next refresh, so the newer view goes first.
                            AddView(items, await session.GetAsync(seat.Caller), state);
                        }
                        items.Add(new SseItem<object>(alarms, "alarms"));
                    }
                }
            }
            // The session leaves out what the seat may not see yet, and numbers the rest for it (TimelineCursor).
            var page = await session.ReadTimelineAsync(seat.Caller, state.After);
            if (!state.After.Public && page.Public)
            {
                state.After = state.After with { Public = true };
            }
            foreach (var entry in page.Entries)
            {
                state.After = page.CursorAfter(entry);
                items.Add(new SseItem<object>(entry, "timeline") { EventId = state.After.ToString() });
            }
        }
        catch (Exception e) when (TransientFailure.Is(e))
        {
            // Sent what was read (a busy silo, or the session moving to a survivor); the rest comes with the next refresh.
        }
        return items;
    }

    private static void AddView(List<SseItem<object>> items, SessionView view, PollState state)
    {
        var key = ViewKey(view);
        if (key != state.LastView)
        {
            state.LastView = key;
            items.Add(new SseItem<object>(view, "session"));
        }
    }

    /// <summary>What one stream has sent so far.</summary>
    private sealed class PollState(TimelineCursor after)
    {
        public TimelineCursor After { get; set; } = after;

        public string? LastView { get; set; }

        public string? LastAlarms { get; set; }

        /// <summary>The session's second when metrics were last sent (-1: never).</summary>
        public long MetricsSecond { get; set; } = -1;
    }

    private static bool HasCell(SessionView view) => view.Status is not (SessionStatus.Draft or SessionStatus.Scheduled);

    private static async Task<CellMetrics?> MetricsAsync(ISessionGrain session, SessionSeat seat)
    {
        try
        {
            return await session.MetricsAsync(seat.Caller);
        }
        catch (SessionRuleException)
        {
            return null;
        }
    }

    private static async Task<System.Collections.Immutable.ImmutableArray<AlarmView>?> AlarmsAsync(ISessionGrain session, SessionSeat seat)
    {
        try
        {
            return await session.AlarmsAsync(seat.Caller);
        }
        catch (SessionRuleException)
        {
            return null;
        }
    }

    private static async Task<bool> Ticked(Task<bool> tick)
    {
        try
        {
            return await tick;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static string ViewKey(SessionView view) =>
        $"{view.Status}|{view.Second}|{view.Participants.Length}|{view.Commander}|{string.Join(',', view.Faults.Select(f => f.Id + ":" + f.Status))}";
}

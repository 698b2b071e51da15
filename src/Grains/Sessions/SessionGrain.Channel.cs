using System.Collections.Immutable;
using PracticePlatform.Contracts.Notifications;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.Sessions;

/// <summary>The channel and the timeline, and what goes out to the notification channels.</summary>
public sealed partial class SessionGrain
{
    public async Task<TimelineEntry> PostAsync(Caller caller, ChannelPostKind kind, string text)
    {
        EnsureExists();
        RequireMember(caller);
        var participant = ParticipantOf(caller)
            ?? throw new ParticipantNotAllowedException("Only participants post in the channel; the admin is not on the roster.");
        // Who may post what is checked before the state, so an observer is refused as one in any state.
        _scenario ??= await FindScenarioAsync(S.ScenarioId);
        ChannelRules.Check(participant.Role, kind, text, _scenario);
        RequireStatus("post in the channel", SessionStatus.Running, SessionStatus.Paused, SessionStatus.Resolved, SessionStatus.Assessing);
        await SyncAsync();
        if (participant.Role == ParticipantRole.Responder)
        {
            MarkResponse();
        }
        var entry = Append(participant.Name, ToTimelineKind(kind), text.Trim());
        await SaveAsync();
        return entry;
    }

    public async Task<ImmutableArray<TimelineEntry>> ChannelAsync(Caller caller)
    {
        EnsureExists();
        RequireMember(caller);
        await SyncAsync();
        return [.. S.Timeline.Where(e => e.Kind is TimelineKind.Alarm or TimelineKind.Message or TimelineKind.HelpRequest or TimelineKind.Pointer or TimelineKind.Hint)];
    }

    public async Task<ImmutableArray<TimelineEntry>> TimelineAsync(Caller caller, long afterSequence)
    {
        EnsureExists();
        RequireMember(caller);
        await SyncAsync();
        // Sequence n is at index n - 1: the timeline is append-only and numbered from 1.
        var start = (int)Math.Clamp(afterSequence, 0, S.Timeline.Count);
        var open = SeesTheAnswer(caller);
        return [.. S.Timeline.Skip(start).Where(e => open || e.Kind is not (TimelineKind.Inject or TimelineKind.Revert))];
    }

    private TimelineEntry Append(string actor, TimelineKind kind, string text, long? second = null, bool notify = false)
    {
        var entry = new TimelineEntry(S.Timeline.Count + 1, second ?? S.Second, timeProvider.GetUtcNow(), actor, kind, text);
        S.Timeline.Add(entry);
        if (notify && !S.Notifications.IsEmpty)
        {
            S.Outbox.Add(new Notification(
                Id,
                entry.Sequence,
                kind == TimelineKind.Alarm ? NotificationKind.Alarm : NotificationKind.Milestone,
                // Responders read these in their channel and mailbox: the scenario stays unnamed, as on their console.
                // The title names the session only: every rendering puts the kind before it and the text after it,
                // so a title holding the kind or the text would say it twice.
                NeutralName.Of(Id),
                $"{text}\nAt simulated {TimeSpan.FromSeconds(entry.Second):c}, by {actor}.",
                entry.WallTime,
                entry.Second,
                S.Notifications));
        }
        return entry;
    }

    private static TimelineKind ToTimelineKind(ChannelPostKind kind) => kind switch
    {
        ChannelPostKind.HelpRequest => TimelineKind.HelpRequest,
        ChannelPostKind.Pointer => TimelineKind.Pointer,
        ChannelPostKind.Hint => TimelineKind.Hint,
        _ => TimelineKind.Message,
    };
}

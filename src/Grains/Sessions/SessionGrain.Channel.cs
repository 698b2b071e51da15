using System.Collections.Immutable;
using PracticePlatform.Contracts.Notifications;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.Sessions;

/// <summary>The channel and the timeline, and what goes out to the notification channels.</summary>
public sealed partial class SessionGrain
{
    private readonly TimelineNumbering _numbering = new();

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
        return ForCaller(entry, SeesTheAnswer(caller));
    }

    public async Task<ImmutableArray<TimelineEntry>> ChannelAsync(Caller caller)
    {
        EnsureExists();
        RequireMember(caller);
        await SyncAsync();
        var open = SeesTheAnswer(caller);
        return [.. S.Timeline.Where(e => e.Kind is TimelineKind.Alarm or TimelineKind.Message or TimelineKind.HelpRequest or TimelineKind.Pointer or TimelineKind.Hint
            or TimelineKind.Stakeholder or TimelineKind.StakeholderAnswer or TimelineKind.StatusUpdate or TimelineKind.Commander).Select(e => ForCaller(e, open))];
    }

    public async Task<TimelinePage> ReadTimelineAsync(Caller caller, TimelineCursor after)
    {
        ArgumentNullException.ThrowIfNull(after);
        EnsureExists();
        RequireMember(caller);
        await SyncAsync();
        _numbering.CatchUp(S.Timeline);
        if (!SeesTheAnswer(caller))
        {
            // Any cursor of theirs is public: a full-numbering one would let them probe where hidden entries are.
            return new TimelinePage([.. _numbering.SequencesAfter(after.Number).Select(s => ForCaller(S.Timeline[(int)s - 1], open: false))], Public: true);
        }
        // Sequence n is at index n - 1: the timeline is append-only and numbered from 1. A public cursor (taken
        // before the debrief) goes on from the public entry it names, so hidden entries after it come too.
        var start = after.Public ? _numbering.SequenceOf(after.Number) : after.Number;
        return new TimelinePage([.. S.Timeline.Skip((int)Math.Clamp(start, 0, S.Timeline.Count))], Public: false);
    }

    /// <summary><paramref name="entry"/> numbered for a caller: publicly unless they see the answer.</summary>
    private TimelineEntry ForCaller(TimelineEntry entry, bool open)
    {
        if (open)
        {
            return entry;
        }
        _numbering.CatchUp(S.Timeline);
        return entry with { Sequence = _numbering.PublicNumberOf(entry.Sequence) };
    }

    /// <summary>
    /// Adds an entry to the timeline; with <paramref name="notify"/> it also goes to the session's channels, or to
    /// <paramref name="to"/> when given (a Code Blue page reaches the paged people's email as well).
    /// </summary>
    private TimelineEntry Append(string actor, TimelineKind kind, string text, long? second = null, bool notify = false, NotificationTargets? to = null)
    {
        var entry = new TimelineEntry(S.Timeline.Count + 1, second ?? S.Second, timeProvider.GetUtcNow(), actor, kind, text);
        S.Timeline.Add(entry);
        var targets = to ?? S.Notifications;
        if (notify && !targets.IsEmpty)
        {
            _numbering.CatchUp(S.Timeline);
            S.Outbox.Add(new Notification(
                Id,
                // Responders read the number in mail headers and the delivery log: the public one leaves no gaps
                // where hidden entries are. Notified entries are never hidden, so it is unique among them too.
                _numbering.PublicNumberOf(entry.Sequence),
                kind is TimelineKind.Alarm or TimelineKind.Page ? NotificationKind.Alarm : NotificationKind.Milestone,
                // Responders read these in their channel and mailbox: the scenario stays unnamed, as on their console.
                // The title names the session only: every rendering puts the kind before it and the text after it,
                // so a title holding the kind or the text would say it twice.
                NeutralName.Of(Id),
                $"{text}\nAt simulated {TimeSpan.FromSeconds(entry.Second):c}, by {actor}.",
                entry.WallTime,
                entry.Second,
                targets));
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

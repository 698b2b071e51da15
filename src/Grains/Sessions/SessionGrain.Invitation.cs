using PracticePlatform.Contracts.Notifications;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Grains.Notifications;

namespace PracticePlatform.Grains.Sessions;

/// <summary>
/// Calendar invitations: a scheduled session tells its roster when it starts, by email with an .ics attached; once per
/// start (asked again for the same start, it sends nothing).
/// </summary>
public sealed partial class SessionGrain
{
    public async Task<SessionView> InviteAsync(Caller caller, TimeSpan duration)
    {
        EnsureExists();
        RequireInstigator(caller);
        RequireStatus("send invitations", SessionStatus.Scheduled);
        if (duration <= TimeSpan.Zero || duration > TimeSpan.FromDays(1))
        {
            throw new SessionArgumentException($"An invitation books between 1 minute and 24 hours; {duration} is not.");
        }
        // A surprise start's time is the instigators' secret: its invitation would give it away.
        if (S.StartWindow is not null || S.ScheduledStart is not { } start)
        {
            throw new SessionRuleException("A surprise start sends no invitation: the start is kept from its responders.");
        }
        // Idempotent per start: a schedule's catch-up retried after a crash must not mail everyone twice.
        if (S.InvitedFor == start)
        {
            return View(caller);
        }
        List<string> emails = [.. S.Notifications.Emails.IsDefault ? [] : S.Notifications.Emails];
        foreach (var participant in S.Participants)
        {
            if ((await GrainFactory.GetGrain<IPersonGrain>(participant.PersonId).GetAsync()).Email is { } email && !emails.Contains(email, StringComparer.OrdinalIgnoreCase))
            {
                emails.Add(email);
            }
        }
        var now = timeProvider.GetUtcNow();
        // Everyone gets the same invitation, responders included: it names the session, never its scenario.
        var calendar = CalendarInvitation.Write(Id, now, start, duration, $"Incident response practice: {NeutralName.Of(Id)}", url: null);
        var text = $"Invitation: {NeutralName.Of(Id)} starts at {start.ToUniversalTime():yyyy-MM-dd HH:mm} UTC, booked for {(int)duration.TotalMinutes} min. The calendar invitation is attached to the email (and at /console/sessions/{Id}/invite.ics in the console).";
        var entry = Append("platform", TimelineKind.Session, $"Invitations sent to {emails.Count} email address{(emails.Count == 1 ? "" : "es")}: starts at {start.ToUniversalTime():yyyy-MM-dd HH:mm} UTC.");
        var targets = new NotificationTargets(S.Notifications.Webhooks.IsDefault ? [] : S.Notifications.Webhooks, [.. emails]);
        if (!targets.IsEmpty)
        {
            _numbering.CatchUp(S.Timeline);
            S.Outbox.Add(new Notification(Id, _numbering.PublicNumberOf(entry.Sequence), NotificationKind.Milestone, NeutralName.Of(Id), text, entry.WallTime, entry.Second, targets, calendar));
        }
        S.InvitedFor = start;
        await SaveAsync();
        return View(caller);
    }
}

using System.Collections.Immutable;
using PracticePlatform.Contracts.Cohorts;
using PracticePlatform.Contracts.Notifications;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.Sessions;

/// <summary>
/// Paging: a surprise start pages its channels like a real alarm when it starts; a Code Blue also pages every member
/// of its cohort (or the people named) by their email, and lets anyone paged join until an instigator closes joining.
/// </summary>
public sealed partial class SessionGrain
{
    private const int MostPaged = 500;

    public async Task<SessionView> CallCodeBlueAsync(Caller caller, ImmutableArray<Guid> people)
    {
        EnsureExists();
        RequireInstigator(caller);
        RequireStatus("call a Code Blue", SessionStatus.Draft, SessionStatus.Scheduled);
        await SetCodeBlueAsync(people);
        Append(caller.Name, TimelineKind.Session, CodeBlueAnnouncement());
        await SaveAsync();
        return View(caller);
    }

    public async Task<JoinOutcome> JoinCodeBlueAsync(Caller caller)
    {
        EnsureExists();
        if (caller.PersonId is not { } personId || !S.Paged.Contains(personId))
        {
            throw new ParticipantNotAllowedException($"{caller.Name} was not paged for this session; only the people a Code Blue paged may join.");
        }
        if (S.Participants.Any(p => p.PersonId == personId))
        {
            throw new SessionRuleException($"{caller.Name} is already on this session's roster.");
        }
        if (!S.JoiningOpen)
        {
            throw new SessionRuleException("Joining is closed: an instigator closed it, so the response team is complete.");
        }
        RequireStatus("join", SessionStatus.Running, SessionStatus.Paused);
        await SyncAsync();
        var now = timeProvider.GetUtcNow();
        var how = $" (answered the Code Blue page after {Elapsed(now - S.PagedAt!.Value)})";
        var person = await GrainFactory.GetGrain<IPersonGrain>(personId).GetAsync();
        var (role, message) = person.Participations.Any(p => p.ScenarioId == S.ScenarioId)
            ? (ParticipantRole.Observer, "You already took part in this scenario, so you join as an observer.")
            : S.Participants.Count(p => p.Role == ParticipantRole.Responder) >= RosterGuidance.MostResponders
                ? (ParticipantRole.Observer, $"The roster already has {RosterGuidance.MostResponders} responders, the most the guidance asks for, so you join as an observer.")
                : (ParticipantRole.Responder, "You join as a responder.");
        try
        {
            try
            {
                await JoinAsync(personId, role, adminOverride: false, how);
            }
            catch (SessionRuleException) when (role == ParticipantRole.Responder)
            {
                // The person's grain keeps the rest of the played-scenario rule (a solution seen).
                (role, message) = (ParticipantRole.Observer, "You have seen this scenario's solution, so you join as an observer.");
                await JoinAsync(personId, role, adminOverride: false, how);
            }
        }
        catch (SessionRuleException)
        {
            // The person's grain names the scenario and the other session; the joiner is told neither, nor even that the
            // two sessions share a scenario (which would tell a responder what their own practice is about).
            throw new SessionRuleException("You cannot join this session while another practice session you take part in awaits its debrief. Ask an instigator of this session if you should join after that debrief.");
        }
        S.Joins.Add(new CodeBlueJoin(personId, now));
        await SaveAsync();
        return new JoinOutcome(role, message, View(caller));
    }

    public async Task<SessionView> CloseJoiningAsync(Caller caller)
    {
        EnsureExists();
        RequireInstigator(caller);
        RequireStatus("close joining", SessionStatus.Draft, SessionStatus.Scheduled, SessionStatus.Running, SessionStatus.Paused, SessionStatus.Resolved, SessionStatus.Assessing);
        if (!S.CodeBlue)
        {
            throw new SessionRuleException("This session is not a Code Blue: there is no joining to close.");
        }
        if (S.PagedAt is null)
        {
            throw new SessionRuleException("Nobody was paged yet: joining opens when the Code Blue starts.");
        }
        if (!S.JoiningOpen)
        {
            throw new SessionRuleException("Joining is already closed.");
        }
        S.JoiningOpen = false;
        Append(caller.Name, TimelineKind.Roster, $"Joining closed: {S.Joins.Count} of {S.Paged.Count} paged people joined.");
        await SaveAsync();
        return View(caller);
    }

    /// <summary>Makes the session a Code Blue paging <paramref name="people"/>, or its cohort when none are named.</summary>
    private async Task SetCodeBlueAsync(ImmutableArray<Guid> people)
    {
        var named = people.IsDefault ? [] : people.Distinct().ToList();
        if (named.Count > MostPaged)
        {
            throw new SessionArgumentException($"A Code Blue pages at most {MostPaged} people; {named.Count} were named.");
        }
        if (named.Count == 0 && S.CohortId is null)
        {
            throw new SessionArgumentException("A Code Blue pages the session's cohort or a list of people; this session has no cohort, so name the people to page.");
        }
        // Up to MostPaged people: asked all at once, not one grain call after another.
        var exists = await Task.WhenAll(named.Select(person => GrainFactory.GetGrain<IPersonGrain>(person).ExistsAsync()));
        if (named.Where((_, i) => !exists[i]).Take(1).ToList() is [var unknown])
        {
            throw new SessionArgumentException($"No registered person {unknown} to page.");
        }
        S.CodeBlue = true;
        S.CodeBluePeople = named;
    }

    private string CodeBlueAnnouncement() => S.CodeBluePeople.Count > 0
        ? $"Code Blue: when the session starts, {S.CodeBluePeople.Count} people are paged and may join as responders."
        : "Code Blue: when the session starts, every member of the cohort is paged and may join as responders.";

    /// <summary>
    /// At the start, pages like a real alarm: an Alarm notification to the session's channels, and for a Code Blue to
    /// every paged person's email as well. Nothing to do for a session that is neither a surprise nor a Code Blue.
    /// </summary>
    private async Task PageAsync(string actor)
    {
        if (S.StartWindow is null && !S.CodeBlue)
        {
            return;
        }
        List<string> emails = [.. S.Notifications.Emails.IsDefault ? [] : S.Notifications.Emails];
        var text = "Practice incident: the surprise practice has started. Respond as you would to a real alarm.";
        if (S.CodeBlue)
        {
            S.Paged = S.CodeBluePeople.Count > 0 ? [.. S.CodeBluePeople] : await CohortMembersAsync();
            S.PagedAt = timeProvider.GetUtcNow();
            S.JoiningOpen = true;
            var people = await Task.WhenAll(S.Paged.Select(person => GrainFactory.GetGrain<IPersonGrain>(person).GetAsync()));
            emails.AddRange(people.Select(p => p.Email).OfType<string>().Where(e => !emails.Contains(e, StringComparer.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase));
            text = $"CODE BLUE, {S.Paged.Count} people paged. Join the response in the console at /sessions/{Id}/join, with 'practice session join {Id}', or by POST /api/sessions/{Id}/join.";
        }
        // The same notify path as alarms: numbered publicly, worded neutrally; only the recipients differ.
        Append(actor, TimelineKind.Page, text, notify: true, to: new NotificationTargets(S.Notifications.Webhooks.IsDefault ? [] : S.Notifications.Webhooks, [.. emails]));
    }

    private async Task<List<Guid>> CohortMembersAsync() =>
        S.CohortId is { } cohort ? [.. (await GrainFactory.GetGrain<ICohortGrain>(cohort).GetAsync()).Members.Distinct()] : [];

    private static string Elapsed(TimeSpan span) => span.TotalMinutes >= 1
        ? $"{(int)span.TotalMinutes} min {span.Seconds} s"
        : $"{Math.Max(0, (int)span.TotalSeconds)} s";
}

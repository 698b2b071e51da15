using System.Security.Cryptography;
using System.Text;
using PracticePlatform.Contracts.Cohorts;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.Cohorts;

/// <summary>
/// Occurrences: each one's session, created once. Its id is derived from the cohort, the schedule and the occurrence's
/// number, so a catch-up cut short (a crash between creating the session and recording it) finds the same session
/// again and finishes it instead of making a second one.
/// </summary>
public sealed partial class CohortSchedulesGrain
{
    /// <summary>The most occurrences one catch-up reaches, so a schedule left stopped-in-spirit for years stays bounded.</summary>
    private const int MostPerCatchUp = 100;

    /// <summary>Who a schedule's sessions are created by: the platform, on the schedule's behalf.</summary>
    private static readonly Caller Platform = new(null, "platform", IsAdmin: true, CanInstigate: true);

    private async Task CatchUpAsync(PracticeScheduleState schedule)
    {
        var now = timeProvider.GetUtcNow();
        var horizon = now.AddDays(schedule.CreateAheadDays);
        for (var reached = 0; reached < MostPerCatchUp && schedule.StoppedAt is null; reached++)
        {
            var number = schedule.Occurrences.Count;
            var start = RecurrenceRule.Start(schedule.Recurrence, schedule.FirstDate, number);
            if (start > horizon)
            {
                return;
            }
            schedule.Occurrences.Add(start <= now
                ? new ScheduledOccurrence(number, start, null, null, "Its time passed before its session was created (no silo was running).")
                : await TryCreateOccurrenceAsync(schedule, number, start));
            await state.WriteStateAsync();
        }
    }

    /// <summary>
    /// The occurrence's session; when the platform refuses it for good (a pool scenario since removed from the catalog,
    /// say), the occurrence is recorded as missed with the reason, so the schedule goes on to the next one.
    /// </summary>
    private async Task<ScheduledOccurrence> TryCreateOccurrenceAsync(PracticeScheduleState schedule, int number, DateTimeOffset start)
    {
        try
        {
            return await CreateOccurrenceAsync(schedule, number, start);
        }
        catch (Exception e) when (e is SessionArgumentException or SessionRuleException or SessionNotFoundException)
        {
            return new ScheduledOccurrence(number, start, null, null, $"Not created: {e.Message}");
        }
    }

    private async Task<ScheduledOccurrence> CreateOccurrenceAsync(PracticeScheduleState schedule, int number, DateTimeOffset start)
    {
        var id = SessionIdOf(schedule.Id, number);
        var session = GrainFactory.GetGrain<ISessionGrain>(id);
        var members = (await GrainFactory.GetGrain<ICohortGrain>(CohortId).GetAsync()).Members.Except(schedule.Instigators).ToList();
        var people = new List<PersonView>();
        foreach (var member in members)
        {
            people.Add(await GrainFactory.GetGrain<IPersonGrain>(member).GetAsync());
        }
        string scenario;
        try
        {
            scenario = ScenarioChoice.Pick([.. schedule.ScenarioPool], [.. people.Select(p => (IReadOnlySet<string>)p.Participations.Select(x => x.ScenarioId).ToHashSet(StringComparer.Ordinal))]);
            await session.CreateAsync(Platform, new NewSession(scenario, 1, start, CohortId, schedule.Notifications));
        }
        catch (SessionRuleException)
        {
            // Created by a catch-up that was cut short: finish that session, with the scenario it got then.
            scenario = (await session.GetAsync(Platform)).ScenarioId!;
        }
        await GrainFactory.GetGrain<ISessionIndexGrain>(ISessionIndexGrain.Key).AddAsync(id);
        await GrainFactory.GetGrain<ICohortGrain>(CohortId).AddSessionAsync(id);
        foreach (var instigator in schedule.Instigators)
        {
            await TryJoinAsync(session, instigator, ParticipantRole.Instigator);
        }
        // A catch-up cut short may have filled part of the roster already: count it, and leave those people be.
        var roster = (await session.GetAsync(Platform)).Participants;
        var responders = roster.Count(p => p.Role == ParticipantRole.Responder);
        foreach (var person in people.Where(p => !roster.Any(r => r.PersonId == p.Id)))
        {
            var played = person.Participations.Any(p => p.ScenarioId == scenario && p.SessionId != id);
            if (!played && responders < schedule.Roster.MaxResponders && await TryJoinAsync(session, person.Id, ParticipantRole.Responder))
            {
                responders++;
            }
            else if ((played || schedule.Roster.MaxResponders > responders) && schedule.Roster.PlayedObserve)
            {
                // Played it, or seen its solution (the person's grain refused them as responder): they observe.
                await TryJoinAsync(session, person.Id, ParticipantRole.Observer);
            }
        }
        if ((await session.GetAsync(Platform)).Status == SessionStatus.Scheduled)
        {
            await session.InviteAsync(Platform, TimeSpan.FromMinutes(schedule.DurationMinutes));
        }
        return new ScheduledOccurrence(number, start, id, scenario);
    }

    /// <summary>Adds a person to the roster; false when the roster rules refuse them (or they are on it already).</summary>
    private static async Task<bool> TryJoinAsync(ISessionGrain session, Guid person, ParticipantRole role)
    {
        try
        {
            await session.AddParticipantAsync(Platform, person, role, adminOverride: false);
            return true;
        }
        catch (SessionRuleException)
        {
            return false;
        }
    }

    /// <summary>The session id of occurrence <paramref name="number"/> of a schedule: the same every time it is asked.</summary>
    private Guid SessionIdOf(Guid scheduleId, int number)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"practice-schedule/{CohortId:N}/{scheduleId:N}/{number}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}

using System.Collections.Immutable;
using PracticePlatform.Contracts.Cohorts;
using PracticePlatform.Contracts.Notifications;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Scenarios;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Grains.Sessions;

namespace PracticePlatform.Grains.Cohorts;

/// <summary>
/// See <see cref="ICohortSchedulesGrain"/>. One durable reminder per cohort with an active schedule ticks every
/// <see cref="SweepPeriod"/> and creates what is due; registered by a call, never from its own tick (Orleans 10.4.2
/// loses a reminder re-registered from its tick). The occurrences and the coverage matrix are in the other parts.
/// </summary>
public sealed partial class CohortSchedulesGrain(
    [PersistentState("schedules")] IPersistentState<CohortSchedulesState> state,
    TimeProvider timeProvider) : Grain, ICohortSchedulesGrain, IRemindable
{
    private const string SweepReminder = "schedules";
    private const int MostSchedules = 20;
    private const int MostPoolScenarios = 50;

    /// <summary>How often the reminder looks for occurrences to create: well within any day ahead.</summary>
    private static readonly TimeSpan SweepPeriod = TimeSpan.FromMinutes(15);

    private Guid CohortId => this.GetPrimaryKey();

    public async Task<PracticeScheduleView> CreateAsync(Caller caller, NewPracticeSchedule schedule)
    {
        RequireInstigating(caller);
        await GrainFactory.GetGrain<ICohortGrain>(CohortId).GetAsync();
        if (state.State.Schedules.Count(s => s.StoppedAt is null) >= MostSchedules)
        {
            throw new SessionRuleException($"A cohort has at most {MostSchedules} active schedules; stop one first.");
        }
        RecurrenceRule.Check(schedule.Recurrence);
        var pool = await CheckPoolAsync(schedule.ScenarioPool);
        var instigators = await CheckInstigatorsAsync(caller, schedule.Instigators);
        if (schedule.DurationMinutes is < 15 or > 480)
        {
            throw new SessionArgumentException($"durationMinutes must be from 15 to 480; {schedule.DurationMinutes} is not.");
        }
        if (schedule.CreateAheadDays is < 1 or > 60)
        {
            throw new SessionArgumentException($"createAheadDays must be from 1 to 60; {schedule.CreateAheadDays} is not.");
        }
        if (schedule.Roster.MaxResponders is < 1 or > RosterGuidance.MostResponders)
        {
            throw new SessionArgumentException($"roster.maxResponders must be from 1 to {RosterGuidance.MostResponders} (the guidance's most); {schedule.Roster.MaxResponders} is not.");
        }
        NotificationRules.Check(schedule.Notifications);
        var now = timeProvider.GetUtcNow();
        var created = new PracticeScheduleState
        {
            Id = Guid.NewGuid(),
            Recurrence = schedule.Recurrence with { TimeZone = schedule.Recurrence.TimeZone.Trim() },
            ScenarioPool = pool,
            Instigators = instigators,
            DurationMinutes = schedule.DurationMinutes,
            CreateAheadDays = schedule.CreateAheadDays,
            Roster = schedule.Roster,
            Notifications = schedule.Notifications,
            CreatedBy = caller.Name,
            CreatedAt = now,
            FirstDate = RecurrenceRule.FirstDate(schedule.Recurrence, now),
        };
        state.State.Schedules.Add(created);
        await state.WriteStateAsync();
        await this.RegisterOrUpdateReminder(SweepReminder, SweepPeriod, SweepPeriod);
        await CatchUpAsync(created);
        return await ViewAsync(caller, created);
    }

    public async Task<ImmutableArray<PracticeScheduleView>> ListAsync(Caller caller)
    {
        RequireInstigating(caller);
        // An unknown cohort is a 404, not an empty list.
        await GrainFactory.GetGrain<ICohortGrain>(CohortId).GetAsync();
        var hidden = await HiddenSessionsAsync(caller);
        return [.. state.State.Schedules.Select(s => View(s, hidden, caller))];
    }

    public async Task<PracticeScheduleView> GetAsync(Caller caller, Guid scheduleId)
    {
        RequireInstigating(caller);
        // An unknown cohort is a 404, not an empty list.
        await GrainFactory.GetGrain<ICohortGrain>(CohortId).GetAsync();
        return await ViewAsync(caller, Find(scheduleId));
    }

    public async Task<PracticeScheduleView> StopAsync(Caller caller, Guid scheduleId)
    {
        RequireInstigating(caller);
        // An unknown cohort is a 404, not an empty list.
        await GrainFactory.GetGrain<ICohortGrain>(CohortId).GetAsync();
        var schedule = Find(scheduleId);
        if (schedule.StoppedAt is null)
        {
            schedule.StoppedAt = timeProvider.GetUtcNow();
            await state.WriteStateAsync();
        }
        if (state.State.Schedules.All(s => s.StoppedAt is not null) && await this.GetReminder(SweepReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
        return await ViewAsync(caller, schedule);
    }

    public async Task CatchUpAsync()
    {
        // Every schedule gets its turn even when one fails (a silo call timing out, say); the first failure is
        // thrown once all had theirs, so the reminder's tick still reports it.
        Exception? failed = null;
        foreach (var schedule in state.State.Schedules.Where(s => s.StoppedAt is null).ToList())
        {
            try
            {
                await CatchUpAsync(schedule);
            }
            catch (Exception e)
            {
                failed ??= e;
            }
        }
        if (failed is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failed);
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == SweepReminder)
        {
            await CatchUpAsync();
        }
    }

    /// <summary>Schedules are for admins and people allowed to instigate: their pools name scenarios.</summary>
    private static void RequireInstigating(Caller caller)
    {
        if (!caller.CanInstigate)
        {
            throw new ParticipantNotAllowedException($"Only admins and people allowed to instigate may read or change practice schedules; {caller.Name} may not.");
        }
    }

    private PracticeScheduleState Find(Guid scheduleId) =>
        state.State.Schedules.FirstOrDefault(s => s.Id == scheduleId)
            ?? throw new SessionNotFoundException($"Cohort {CohortId} has no schedule {scheduleId}.");

    private async Task<List<string>> CheckPoolAsync(ImmutableArray<string> pool)
    {
        var scenarios = (pool.IsDefault ? [] : pool).Select(s => s?.Trim() ?? "").Distinct(StringComparer.Ordinal).ToList();
        if (scenarios.Count == 0)
        {
            throw new SessionArgumentException("scenarioPool must name at least one scenario of the catalog.");
        }
        if (scenarios.Count > MostPoolScenarios)
        {
            throw new SessionArgumentException($"scenarioPool names at most {MostPoolScenarios} scenarios; it names {scenarios.Count}.");
        }
        var catalog = GrainFactory.GetGrain<IScenarioCatalogGrain>(IScenarioCatalogGrain.Key);
        foreach (var scenario in scenarios)
        {
            if (scenario.Length == 0 || await catalog.GetDetailsAsync(scenario, includeSecrets: false) is null)
            {
                throw new SessionArgumentException($"scenarioPool: no scenario '{scenario}' in the catalog.");
            }
        }
        return scenarios;
    }

    /// <summary>The schedule's instigators: the people named (registered and allowed to instigate), else the person creating it.</summary>
    private async Task<List<Guid>> CheckInstigatorsAsync(Caller caller, ImmutableArray<Guid> named)
    {
        var instigators = (named.IsDefault ? [] : named).Distinct().ToList();
        if (instigators.Count == 0)
        {
            instigators = caller.PersonId is { } creator
                ? [creator]
                : throw new SessionArgumentException("instigators must name at least one person allowed to instigate: the admin token is no person to put on a roster.");
        }
        if (instigators.Count > 3)
        {
            throw new SessionArgumentException($"instigators names at most 3 people (the guidance's most); it names {instigators.Count}.");
        }
        foreach (var id in instigators)
        {
            var person = GrainFactory.GetGrain<IPersonGrain>(id);
            if (!await person.ExistsAsync())
            {
                throw new SessionArgumentException($"instigators: no registered person {id}.");
            }
            if (!(await person.GetAsync()).CanInstigate)
            {
                throw new SessionArgumentException($"instigators: {(await person.GetAsync()).Name} is not allowed to instigate; an admin grants that when registering a person.");
            }
        }
        return instigators;
    }

    /// <summary>
    /// The sessions whose scenario the caller may not learn from a schedule: those they respond to or observe before
    /// their debrief (a person allowed to instigate may also be on a roster).
    /// </summary>
    private async Task<ImmutableHashSet<Guid>> HiddenSessionsAsync(Caller caller) =>
        caller.PersonId is { } person
            ? [.. (await GrainFactory.GetGrain<IPersonGrain>(person).GetAsync()).Participations
                .Where(p => p.Role != ParticipantRole.Instigator && !p.Debriefed).Select(p => p.SessionId)]
            : [];

    private async Task<PracticeScheduleView> ViewAsync(Caller caller, PracticeScheduleState schedule) =>
        View(schedule, await HiddenSessionsAsync(caller), caller);

    /// <summary>
    /// A schedule as <paramref name="caller"/> may see it. Someone awaiting a debrief of their own as responder or
    /// observer gets no pool and no occurrence's scenario: the pool and the choice rule (or a neighbouring occurrence)
    /// would name theirs. The notification targets are whole only for admins and the schedule's instigators: a
    /// webhook's path is its secret and addresses are personal.
    /// </summary>
    private PracticeScheduleView View(PracticeScheduleState schedule, ImmutableHashSet<Guid> hidden, Caller caller) => new(
        schedule.Id,
        CohortId,
        schedule.Recurrence,
        hidden.IsEmpty ? [.. schedule.ScenarioPool] : [],
        [.. schedule.Instigators],
        schedule.DurationMinutes,
        schedule.CreateAheadDays,
        schedule.Roster,
        caller.IsAdmin || (caller.PersonId is { } person && schedule.Instigators.Contains(person)) ? schedule.Notifications : Redacted(schedule.Notifications),
        schedule.CreatedBy,
        schedule.CreatedAt,
        schedule.StoppedAt,
        schedule.StoppedAt is null ? RecurrenceRule.Start(schedule.Recurrence, schedule.FirstDate, schedule.Occurrences.Count) : null,
        [.. schedule.Occurrences.Select(o => hidden.IsEmpty ? o : o with { ScenarioId = null })]);

    private static NotificationTargets Redacted(NotificationTargets targets) => new(
        [.. (targets.Webhooks.IsDefault ? [] : targets.Webhooks).Select(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? $"{uri.GetLeftPart(UriPartial.Authority)}/…" : "…")],
        [.. (targets.Emails.IsDefault ? [] : targets.Emails).Select(email => email.IndexOf('@', StringComparison.Ordinal) is var at and > 0 ? $"…{email[at..]}" : "…")]);
}

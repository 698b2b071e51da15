using System.Collections.Immutable;
using PracticePlatform.Contracts.People;

namespace PracticePlatform.Contracts.Cohorts;

/// <summary>
/// A cohort's recurring practice schedules, keyed by the cohort's id. While a schedule is active a durable reminder
/// creates its occurrences' sessions ahead of time (each once, at the local time in the schedule's zone), with a
/// scenario of the pool that most members have not played, a roster under the played-scenario rule, and calendar
/// invitations to the roster. Schedules are for admins and people allowed to instigate; the coverage matrix also
/// for the cohort's members, with what each caller may see.
/// </summary>
[Alias("practice.ICohortSchedulesGrain")]
public interface ICohortSchedulesGrain : IGrainWithGuidKey
{
    /// <summary>
    /// Adds a schedule (admins and people allowed to instigate) and creates the sessions of its occurrences due
    /// within its days ahead. <see cref="Sessions.SessionArgumentException"/> names a bad field.
    /// </summary>
    Task<PracticeScheduleView> CreateAsync(Caller caller, NewPracticeSchedule schedule);

    /// <summary>Every schedule of the cohort, oldest first, stopped ones included.</summary>
    Task<ImmutableArray<PracticeScheduleView>> ListAsync(Caller caller);

    /// <summary>One schedule; <see cref="Sessions.SessionNotFoundException"/> when the cohort has none of that id.</summary>
    Task<PracticeScheduleView> GetAsync(Caller caller, Guid scheduleId);

    /// <summary>Stops a schedule: it creates no more sessions (those created stay, with their invitations).</summary>
    Task<PracticeScheduleView> StopAsync(Caller caller, Guid scheduleId);

    /// <summary>Creates the sessions of every active schedule's occurrences now due within its days ahead (what the reminder does).</summary>
    Task CatchUpAsync();

    /// <summary>The members × scenarios matrix of the schedules' pools, as the caller may see it.</summary>
    Task<CoverageMatrix> CoverageAsync(Caller caller);
}

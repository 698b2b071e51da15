using System.Collections.Immutable;
using PracticePlatform.Contracts.Notifications;

namespace PracticePlatform.Contracts.Cohorts;

/// <summary>
/// A cohort's recurring practice schedule as its instigators see it: what it was created with, whether it is active
/// (<see cref="StoppedAt"/> null), when its next occurrence starts, and the occurrences it created sessions for.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.PracticeScheduleView")]
public sealed record PracticeScheduleView(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid CohortId,
    [property: Id(2)] Recurrence Recurrence,
    [property: Id(3)] ImmutableArray<string> ScenarioPool,
    [property: Id(4)] ImmutableArray<Guid> Instigators,
    [property: Id(5)] int DurationMinutes,
    [property: Id(6)] int CreateAheadDays,
    [property: Id(7)] ScheduleRoster Roster,
    [property: Id(8)] NotificationTargets Notifications,
    [property: Id(9)] string CreatedBy,
    [property: Id(10)] DateTimeOffset CreatedAt,
    [property: Id(11)] DateTimeOffset? StoppedAt,
    [property: Id(12)] DateTimeOffset? NextStart,
    [property: Id(13)] ImmutableArray<ScheduledOccurrence> Occurrences);

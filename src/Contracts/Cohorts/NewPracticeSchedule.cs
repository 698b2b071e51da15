using System.Collections.Immutable;
using PracticePlatform.Contracts.Notifications;

namespace PracticePlatform.Contracts.Cohorts;

/// <summary>
/// A recurring practice schedule to add to a cohort: when (<see cref="Recurrence"/>), which scenarios it draws from
/// (<see cref="ScenarioPool"/>), who instigates, how long a session is booked for, how many days ahead its sessions
/// are created, the roster rules, and where invitations and the sessions' milestones go besides the roster's email.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.NewPracticeSchedule")]
public sealed record NewPracticeSchedule(
    [property: Id(0)] Recurrence Recurrence,
    [property: Id(1)] ImmutableArray<string> ScenarioPool,
    [property: Id(2)] ImmutableArray<Guid> Instigators,
    [property: Id(3)] int DurationMinutes,
    [property: Id(4)] int CreateAheadDays,
    [property: Id(5)] ScheduleRoster Roster,
    [property: Id(6)] NotificationTargets Notifications);

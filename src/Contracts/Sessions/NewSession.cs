using System.Collections.Immutable;
using PracticePlatform.Contracts.Notifications;

namespace PracticePlatform.Contracts.Sessions;

/// <summary>
/// What a session is created from: a scenario, the cell's seed, optionally when it is scheduled to start, the
/// cohort it belongs to, where its alarms and milestones go out, and whether the instigators inject its faults by
/// hand (<see cref="ManualInjects"/>) instead of the scenario's script. A <see cref="StartWindow"/> instead of a scheduled
/// start makes a surprise start; <see cref="CodeBlue"/> pages <see cref="CodeBluePeople"/> (empty: the cohort) when it
/// starts.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.NewSession")]
public sealed record NewSession([property: Id(0)] string ScenarioId, [property: Id(1)] ulong Seed, [property: Id(2)] DateTimeOffset? ScheduledStart, [property: Id(3)] Guid? CohortId, [property: Id(4)] NotificationTargets Notifications,
    [property: Id(5)] bool ManualInjects = false,
    [property: Id(10)] StartWindow? StartWindow = null,
    [property: Id(11)] bool CodeBlue = false,
    [property: Id(12)] ImmutableArray<Guid> CodeBluePeople = default);

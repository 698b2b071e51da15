using System.Collections.Immutable;
using PracticePlatform.Contracts.Notifications;

namespace PracticePlatform.Contracts.Sessions;

/// <summary>
/// What a session is created from: a scenario, the cell's seed, optionally when it is scheduled to start, the
/// cohort it belongs to, and where its alarms and milestones go out. A <see cref="StartWindow"/> instead of a scheduled
/// start makes a surprise start; <see cref="CodeBlue"/> pages <see cref="CodeBluePeople"/> (empty: the cohort) when it
/// starts. Their ids start at 10 so that fields added beside them elsewhere never share an id.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.NewSession")]
public sealed record NewSession([property: Id(0)] string ScenarioId, [property: Id(1)] ulong Seed, [property: Id(2)] DateTimeOffset? ScheduledStart, [property: Id(3)] Guid? CohortId, [property: Id(4)] NotificationTargets Notifications,
    [property: Id(10)] StartWindow? StartWindow = null,
    [property: Id(11)] bool CodeBlue = false,
    [property: Id(12)] ImmutableArray<Guid> CodeBluePeople = default);

using PracticePlatform.Contracts.Notifications;

namespace PracticePlatform.Contracts.Sessions;

/// <summary>
/// What a session is created from: a scenario, the cell's seed, optionally when it is scheduled to start, the
/// cohort it belongs to, and where its alarms and milestones go out.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.NewSession")]
public sealed record NewSession([property: Id(0)] string ScenarioId, [property: Id(1)] ulong Seed, [property: Id(2)] DateTimeOffset? ScheduledStart, [property: Id(3)] Guid? CohortId, [property: Id(4)] NotificationTargets Notifications);

namespace PracticePlatform.Contracts.Cohorts;

/// <summary>
/// One occurrence of a schedule (numbered from 0) and the session created for it. <see cref="ScenarioId"/> is null
/// for a caller who responds to or observes that session and has not had its debrief. <see cref="Missed"/> says why
/// no session was created (its time passed while no silo ran, or no roster could be formed).
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.ScheduledOccurrence")]
public sealed record ScheduledOccurrence(
    [property: Id(0)] int Number,
    [property: Id(1)] DateTimeOffset Start,
    [property: Id(2)] Guid? SessionId,
    [property: Id(3)] string? ScenarioId,
    [property: Id(4)] string? Missed = null);

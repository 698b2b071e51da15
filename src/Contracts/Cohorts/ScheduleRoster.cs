namespace PracticePlatform.Contracts.Cohorts;

/// <summary>
/// How a schedule fills each session's roster from the cohort: members who have not played the scenario respond, at
/// most <see cref="MaxResponders"/> of them (the rest wait for a later session); members who played it observe when
/// <see cref="PlayedObserve"/>, or are left out.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.ScheduleRoster")]
public sealed record ScheduleRoster([property: Id(0)] int MaxResponders, [property: Id(1)] bool PlayedObserve);

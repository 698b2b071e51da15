namespace PracticePlatform.Contracts.Postmortems;

/// <summary>
/// One moment of the response on the postmortem's timeline: its kind (<c>injected</c>, <c>impact-started</c>,
/// <c>detected</c>, <c>acknowledged</c>, <c>mitigated</c>, <c>resolved</c>, <c>impact-ended</c>), how it reads,
/// the simulated second it happened at and the seconds since the first injection (both null when it did not happen),
/// and who, where a person did it.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.PostmortemMilestone")]
public sealed record PostmortemMilestone(
    [property: Id(0)] string Kind,
    [property: Id(1)] string Label,
    [property: Id(2)] long? Second,
    [property: Id(3)] long? SinceInjectionSeconds,
    [property: Id(4)] string? By);

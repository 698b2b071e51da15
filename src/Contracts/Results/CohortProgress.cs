using System.Collections.Immutable;

namespace PracticePlatform.Contracts.Results;

/// <summary>A cohort's debriefed sessions' figures, oldest debrief first, so its progress shows.</summary>
[GenerateSerializer, Immutable, Alias("practice.CohortProgress")]
public sealed record CohortProgress(
    [property: Id(0)] Guid CohortId,
    [property: Id(1)] string Name,
    [property: Id(2)] ImmutableArray<SessionResult> Sessions);

using System.Collections.Immutable;

namespace PracticePlatform.Contracts.Cohorts;

/// <summary>A cohort: its name, members and sessions.</summary>
[GenerateSerializer, Immutable, Alias("practice.CohortView")]
public sealed record CohortView([property: Id(0)] Guid Id, [property: Id(1)] string Name, [property: Id(2)] DateTimeOffset CreatedAt, [property: Id(3)] ImmutableArray<Guid> Members, [property: Id(4)] ImmutableArray<Guid> Sessions);

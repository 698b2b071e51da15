using System.Collections.Immutable;

namespace PracticePlatform.Contracts.Cohorts;

/// <summary>A cohort: its name, members and sessions.</summary>
[GenerateSerializer, Immutable, Alias("practice.CohortView")]
public sealed record CohortView(Guid Id, string Name, DateTimeOffset CreatedAt, ImmutableArray<Guid> Members, ImmutableArray<Guid> Sessions);

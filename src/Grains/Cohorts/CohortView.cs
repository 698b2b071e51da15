using System.Collections.Immutable;

namespace PracticePlatform.Grains.Cohorts;

/// <summary>A cohort: its name, members and sessions.</summary>
public sealed record CohortView(Guid Id, string Name, DateTimeOffset CreatedAt, ImmutableArray<Guid> Members, ImmutableArray<Guid> Sessions);

using System.Collections.Immutable;

namespace PracticePlatform.Contracts.Cohorts;

/// <summary>
/// One member's row of a coverage matrix: their state for each scenario the caller may see (<see cref="Scenarios"/>,
/// keyed by scenario id), and counts over the whole pool, the scenarios the caller may not see included.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.MemberCoverage")]
public sealed record MemberCoverage(
    [property: Id(0)] Guid PersonId,
    [property: Id(1)] string Name,
    [property: Id(2)] ImmutableSortedDictionary<string, CoverageState> Scenarios,
    [property: Id(3)] int Played,
    [property: Id(4)] int Scheduled,
    [property: Id(5)] int NotYet);

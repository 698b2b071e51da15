using System.Collections.Immutable;

namespace PracticePlatform.Contracts.Cohorts;

/// <summary>
/// Which scenarios of a cohort's schedules each member has covered. <see cref="Scenarios"/> are the columns the
/// caller may see; <see cref="HiddenScenarios"/> counts the pool's others (a scenario's id can name its fault, and
/// a scheduled cell would name the scenario of an upcoming session), which only the members' counts include.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.CoverageMatrix")]
public sealed record CoverageMatrix(
    [property: Id(0)] Guid CohortId,
    [property: Id(1)] string Name,
    [property: Id(2)] ImmutableArray<string> Scenarios,
    [property: Id(3)] int HiddenScenarios,
    [property: Id(4)] ImmutableArray<MemberCoverage> Members);

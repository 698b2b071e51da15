using System.Collections.Immutable;

namespace PracticePlatform.Cli.Remote.Views;

/// <summary>A cohort's coverage matrix: the scenario columns the caller may see, how many more there are, a row per member.</summary>
public sealed record CoverageMatrix(Guid CohortId, string Name, ImmutableArray<string> Scenarios, int HiddenScenarios, ImmutableArray<MemberCoverage> Members);

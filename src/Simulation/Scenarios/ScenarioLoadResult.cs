using System.Collections.Immutable;

namespace PracticePlatform.Simulation.Scenarios;

/// <summary>The outcome of loading one file: the scenario when there were no problems, and every problem found.</summary>
public sealed record ScenarioLoadResult(Scenario? Scenario, ImmutableArray<ScenarioProblem> Problems)
{
    public bool Succeeded => Scenario is not null && Problems.IsEmpty;
}

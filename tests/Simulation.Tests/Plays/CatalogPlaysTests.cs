using PracticePlatform.Simulation.Plays;
using PracticePlatform.Simulation.Tests.Catalog;

namespace PracticePlatform.Simulation.Tests.Plays;

/// <summary>The verifier run over the whole catalog, as `practice scenario verify scenarios` does.</summary>
public sealed class CatalogPlaysTests
{
    [Theory]
    [MemberData(nameof(BuiltInScenarios.Ids), MemberType = typeof(BuiltInScenarios))]
    public void EveryPlay_ReachesItsOutcome(string id)
    {
        var results = PlayVerifier.Verify(BuiltInScenarios.Get(id));

        Assert.All(results, r => Assert.True(r.Passed, $"{r.Play}: {r.Reason}"));
    }

    [Theory]
    [MemberData(nameof(BuiltInScenarios.Ids), MemberType = typeof(BuiltInScenarios))]
    public void EveryScenario_HasTheFixDoingNothingAndTwoWrongFixes(string id)
    {
        var plays = BuiltInScenarios.Get(id).Plays;

        Assert.True(plays.Length >= 4, $"{plays.Length} plays");
        Assert.Contains(plays, p => p.Outcome.Restored && p.Outcome.ImpactEnd is not null);
        Assert.Contains(plays, p => p.Steps.IsEmpty && !p.Outcome.Restored);
        Assert.True(plays.Count(p => !p.Steps.IsEmpty && !p.Outcome.Restored) >= 2, "at least two wrong fixes that must not restore");
    }
}

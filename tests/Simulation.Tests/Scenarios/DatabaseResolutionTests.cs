using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Tests.Scenarios;

/// <summary>Resolution criteria about where a database's primary is and whether writes were lost.</summary>
public sealed class DatabaseResolutionTests
{
    private static string WithResolution(string resolution) =>
        System.Text.RegularExpressions.Regex.Replace(TestScenarios.Text("manta-webapi-crash"), @"resolution:\n(  - .*\n)+", "resolution:\n" + resolution);

    private static Cell Create(string resolution)
    {
        var loaded = ScenarioLoader.Load(WithResolution(resolution), "db.yaml");
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        return Cell.Create(loaded.Scenario!, 1);
    }

    private static ResolutionProgress Criterion(Cell cell, ResolutionKind kind) => cell.ResolutionReport.Single(r => r.Criterion.Kind == kind);

    [Fact]
    public void PrimaryIn_HoldsOnlyWhileThePrimaryIsBackInItsDatacenter()
    {
        var cell = Create("  - { kind: primary-in, target: shard-1, datacenter: us-east-1 }\n");
        cell.RunUntil(60);
        Assert.True(Criterion(cell, ResolutionKind.PrimaryIn).Met);

        Assert.True(cell.Execute("manatee-adm promote pg-2").Ok);
        cell.RunUntil(120);
        var moved = Criterion(cell, ResolutionKind.PrimaryIn);
        Assert.False(moved.Met);
        Assert.Equal("primary pg-2 is in us-east-2, not in us-east-1", moved.Progress);

        Assert.True(cell.Execute("manatee-adm rebuild pg-1").Ok);
        cell.RunUntil(180);
        Assert.True(cell.Execute("manatee-adm promote pg-1").Ok);
        cell.RunUntil(240);
        Assert.True(Criterion(cell, ResolutionKind.PrimaryIn).Met);
        Assert.Equal("{ kind: primary-in, target: shard-1, datacenter: us-east-1 }", Criterion(cell, ResolutionKind.PrimaryIn).Criterion.ToYaml());
    }

    [Fact]
    public void NoLostWrites_NeverHoldsAgain_OncePromotingALaggingPeerLostWrites()
    {
        var cell = Create("  - { kind: no-lost-writes, target: shard-1 }\n");
        cell.RunUntil(60);
        Assert.True(Criterion(cell, ResolutionKind.NoLostWrites).Met);

        Assert.True(cell.Execute("manatee-adm promote pg-3").Ok);
        cell.RunUntil(1200);

        var lost = Criterion(cell, ResolutionKind.NoLostWrites);
        Assert.False(lost.Met);
        Assert.EndsWith("writes lost; they cannot be recovered", lost.Progress);
        Assert.False(cell.IsRestored);
    }

    [Fact]
    public void AllReplicating_HoldsAgain_OnlyOnceTheDivergedOldPrimaryIsRebuilt()
    {
        var cell = Create("  - { kind: all-replicating, target: shard-1 }\n");
        cell.RunUntil(60);
        Assert.True(Criterion(cell, ResolutionKind.AllReplicating).Met);

        Assert.True(cell.Execute("manatee-adm promote pg-2").Ok);
        cell.RunUntil(120);
        var diverged = Criterion(cell, ResolutionKind.AllReplicating);
        Assert.False(diverged.Met);
        Assert.Equal("pg-1 is diverged", diverged.Progress);

        Assert.True(cell.Execute("manatee-adm rebuild pg-1").Ok);
        cell.RunUntil(180);
        Assert.True(Criterion(cell, ResolutionKind.AllReplicating).Met);
    }

    [Theory]
    [InlineData("  - { kind: all-replicating, target: get-object }\n", "get-object")]
    [InlineData("  - { kind: primary-in, target: shard-1 }\n", "missing required key 'datacenter'")]
    [InlineData("  - { kind: primary-in, target: shard-1, datacenter: us-west-9 }\n", "us-west-9")]
    [InlineData("  - { kind: no-lost-writes, target: shard-1, datacenter: us-east-1 }\n", "'datacenter' only applies to primary-in")]
    public void BadCriteria_AreReportedAtTheirPosition(string resolution, string expected)
    {
        var loaded = ScenarioLoader.Load(WithResolution(resolution), "db.yaml");

        Assert.False(loaded.Succeeded);
        Assert.Contains(loaded.Problems, p => p.File == "db.yaml" && p.Line > 100 && p.Message.Contains(expected, StringComparison.Ordinal));
    }
}

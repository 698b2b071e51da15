using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Simulation.Tests.Faults.ReplicationLag;

public sealed class ReplicationLagTests
{
    private const string Inject = """
  - id: drill
    kind: replication-lag
    target: shard-1
    at: 1m
    parameters: { rate: "2" }
""";

    [Fact]
    public void Inject_HurtsRequests_AndShowsInTheTools()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, true), 11);

        cell.RunUntil(6 * 60);

        Assert.True(FaultDrill.Hurt(cell), FaultDrill.Describe(cell));
        Assert.False(cell.IsRestored);
        Assert.Matches(@"sync\s+pg-2.*\s[1-9]\d*\.\ds", cell.Execute("db status shard-1").Output);
    }

    [Fact]
    public void Remediation_RestoresService()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, true), 11);
        cell.RunUntil(6 * 60);

        FaultDrill.Run(cell, "db rebuild pg-2");
        cell.RunUntil(20 * 60);

        Assert.True(cell.IsRestored, FaultDrill.Describe(cell));
    }

    [Fact]
    public void Revert_ByTheInstigator_RestoresService()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, true), 11);
        cell.RunUntil(6 * 60);

        Assert.True(cell.Revert("drill").Ok);
        cell.RunUntil(20 * 60);

        Assert.True(FaultDrill.FailShare(cell) < 0.01, FaultDrill.Describe(cell));
    }
}

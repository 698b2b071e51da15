using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Faults;

namespace PracticePlatform.Simulation.Tests.Faults.StuckFailover;

public sealed class StuckFailoverTests
{
    private const string Inject = """
  - id: drill
    kind: stuck-failover
    target: shard-1
    at: 1m
""";

    [Fact]
    public void Inject_HurtsRequests_AndShowsInTheTools()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, true), 11);

        cell.RunUntil(6 * 60);

        Assert.True(FaultDrill.Hurt(cell), FaultDrill.Describe(cell));
        Assert.False(cell.IsRestored);
        Assert.Contains("STUCK", cell.Execute("db status shard-1").Output);
    }

    [Fact]
    public void Remediation_RestoresService()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, true), 11);
        cell.RunUntil(6 * 60);

        FaultDrill.Run(cell, "db promote pg-2");
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

    private const string LagThenWedge = """
  - id: lag
    kind: replication-lag
    target: shard-1
    at: 1m
  - id: drill
    kind: stuck-failover
    target: shard-1
    at: 3m
    after: lag
""";

    [Fact]
    public void PromotingBeforeTheLagIsFixed_DoesNotUnwedgeTheFailover_WhenTheScenarioOrdersTheSteps()
    {
        var cell = Cell.Create(FaultDrill.With(LagThenWedge, true), 11);
        cell.RunUntil(5 * 60);

        FaultDrill.Run(cell, "db promote pg-2");
        cell.RunUntil(20 * 60);

        Assert.Equal(FaultStatus.Active, cell.Faults.Single(f => f.Id == "drill").Status);
        Assert.False(cell.IsRestored, FaultDrill.Describe(cell));
    }

    [Fact]
    public void RebuildingFirst_ThenPromoting_Unwedges()
    {
        var cell = Cell.Create(FaultDrill.With(LagThenWedge, true), 11);
        cell.RunUntil(5 * 60);

        FaultDrill.Run(cell, "db rebuild pg-2");
        cell.RunUntil(8 * 60);
        FaultDrill.Run(cell, "db promote pg-2");

        Assert.Equal(FaultStatus.Mitigated, cell.Faults.Single(f => f.Id == "drill").Status);
    }
}

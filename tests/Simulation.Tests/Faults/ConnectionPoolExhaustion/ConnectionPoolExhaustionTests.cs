using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Faults;

namespace PracticePlatform.Simulation.Tests.Faults.ConnectionPoolExhaustion;

public sealed class ConnectionPoolExhaustionTests
{
    private const string Inject = """
  - id: drill
    kind: connection-pool-exhaustion
    target: webapi
    at: 1m
    parameters: { pool: "1" }
""";

    [Fact]
    public void Inject_HurtsRequests_AndShowsInTheTools()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, true), 11);

        cell.RunUntil(6 * 60);

        Assert.True(FaultDrill.Hurt(cell), FaultDrill.Describe(cell));
        Assert.False(cell.IsRestored);
        Assert.Contains("connection_pool: 1", cell.Execute("config show webapi").Output);
    }

    [Fact]
    public void Remediation_RestoresService()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, true), 11);
        cell.RunUntil(6 * 60);

        FaultDrill.Run(cell, "config set webapi connection_pool 128");
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

    [Theory]
    [InlineData("2", false)]
    [InlineData("100000000", false)]
    [InlineData("64", true)]
    public void OnlyAPoolSizeTheScenarioAccepts_FixesIt(string size, bool fixes)
    {
        var cell = Cell.Create(FaultDrill.With(Inject, true), 11);
        cell.RunUntil(6 * 60);

        FaultDrill.Run(cell, $"config set webapi connection_pool {size}");
        cell.RunUntil(20 * 60);

        Assert.Equal(fixes, cell.IsRestored);
    }

    [Fact]
    public void ShrinkingThePoolAgain_AfterAFix_BringsTheFailuresBack()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, true), 11);
        cell.RunUntil(6 * 60);
        FaultDrill.Run(cell, "config set webapi connection_pool 64");
        cell.RunUntil(15 * 60);

        FaultDrill.Run(cell, "config set webapi connection_pool 1");
        cell.RunUntil(30 * 60);

        Assert.Equal(FaultStatus.Active, cell.Faults.Single().Status);
        Assert.False(cell.IsRestored, FaultDrill.Describe(cell));
    }
}

using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Faults;

namespace PracticePlatform.Simulation.Tests.Faults.HungConnections;

public sealed class HungConnectionsTests
{
    private const string Inject = """
  - id: drill
    kind: hung-connections
    target: webapi
    at: 1m
    parameters: { hang_per_s: "3" }
""";

    [Fact]
    public void Inject_HurtsRequests_AndShowsInTheTools()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, true), 11);

        cell.RunUntil(6 * 60);

        Assert.True(FaultDrill.Hurt(cell), FaultDrill.Describe(cell));
        Assert.False(cell.IsRestored);
        Assert.Contains("tcp_keepalive: false", cell.Execute("config show webapi").Output);
    }

    [Fact]
    public void Remediation_RestoresService()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, true), 11);
        cell.RunUntil(6 * 60);

        FaultDrill.Run(cell, "config set webapi tcp_keepalive true");
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

    [Fact]
    public void TurningKeepalivesOffAgain_AfterAFix_BringsTheLeakBack()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, true), 11);
        cell.RunUntil(6 * 60);
        FaultDrill.Run(cell, "config set webapi tcp_keepalive true");
        cell.RunUntil(15 * 60);

        FaultDrill.Run(cell, "config set webapi tcp_keepalive false");
        cell.RunUntil(40 * 60);

        Assert.Equal(FaultStatus.Active, cell.Faults.Single().Status);
        Assert.False(cell.IsRestored, FaultDrill.Describe(cell));
    }
}

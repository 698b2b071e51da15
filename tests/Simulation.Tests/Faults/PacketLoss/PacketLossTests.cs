using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Simulation.Tests.Faults.PacketLoss;

public sealed class PacketLossTests
{
    private const string Inject = """
  - id: drill
    kind: packet-loss
    target: webapi-1
    at: 1m
    parameters: { loss: "0.35" }
""";

    [Fact]
    public void Inject_HurtsRequests_AndShowsInTheTools()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, false), 11);

        cell.RunUntil(6 * 60);

        Assert.True(FaultDrill.Hurt(cell), FaultDrill.Describe(cell));
        Assert.Contains("packet loss", cell.Execute("ping webapi-2 webapi-1").Output);
    }

    [Fact]
    public void Remediation_RestoresService()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, false), 11);
        cell.RunUntil(6 * 60);

        FaultDrill.Run(cell, "drain webapi-1");
        cell.RunUntil(20 * 60);

        Assert.True(cell.IsRestored, FaultDrill.Describe(cell));
    }

    [Fact]
    public void Revert_ByTheInstigator_RestoresService()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, false), 11);
        cell.RunUntil(6 * 60);

        Assert.True(cell.Revert("drill").Ok);
        cell.RunUntil(20 * 60);

        Assert.True(FaultDrill.FailShare(cell) < 0.01, FaultDrill.Describe(cell));
    }
}

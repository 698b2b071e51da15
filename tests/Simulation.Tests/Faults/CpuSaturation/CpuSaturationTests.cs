using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Simulation.Tests.Faults.CpuSaturation;

public sealed class CpuSaturationTests
{
    private const string Inject = """
  - id: drill
    kind: cpu-saturation
    target: moray
    at: 1m
    parameters: { load: "0.95" }
""";

    [Fact]
    public void Inject_HurtsRequests_AndShowsInTheTools()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, true), 11);

        cell.RunUntil(6 * 60);

        Assert.True(FaultDrill.Hurt(cell), FaultDrill.Describe(cell));
        Assert.False(cell.IsRestored);
        Assert.Contains("moray-1", cell.Execute("prstat cn-1a").Output);
    }

    [Fact]
    public void Remediation_RestoresService()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, true), 11);
        cell.RunUntil(6 * 60);

        FaultDrill.Run(cell, "restart moray-1", "restart moray-2", "restart moray-3");
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

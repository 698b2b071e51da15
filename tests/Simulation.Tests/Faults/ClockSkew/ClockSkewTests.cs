using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Simulation.Tests.Faults.ClockSkew;

public sealed class ClockSkewTests
{
    private const string Inject = """
  - id: drill
    kind: clock-skew
    target: cn-1a
    at: 1m
    parameters: { skew_s: "900" }
""";

    [Fact]
    public void Inject_HurtsRequests_AndShowsInTheTools()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, true), 11);

        cell.RunUntil(6 * 60);

        Assert.True(FaultDrill.Hurt(cell), FaultDrill.Describe(cell));
        Assert.False(cell.IsRestored);
        Assert.Contains("T14:21:00Z", cell.Execute("date cn-1a").Output);
    }

    [Fact]
    public void Remediation_RestoresService()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, true), 11);
        cell.RunUntil(6 * 60);

        FaultDrill.Run(cell, "ntpdate cn-1a");
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

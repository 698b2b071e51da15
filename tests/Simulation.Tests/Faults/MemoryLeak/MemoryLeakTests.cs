using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Simulation.Tests.Faults.MemoryLeak;

public sealed class MemoryLeakTests
{
    private const string Inject = """
  - id: drill
    kind: memory-leak
    target: webapi
    at: 1m
    parameters: { rate_mb_min: "900" }
""";

    [Fact]
    public void Inject_HurtsRequests_AndShowsInTheTools()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, true), 11);

        cell.RunUntil(6 * 60);

        Assert.True(FaultDrill.Hurt(cell), FaultDrill.Describe(cell));
        Assert.False(cell.IsRestored);
        Assert.Contains("out of memory", cell.Execute("logs webapi-1 --since 10m --tail 500").Output);
    }

    [Fact]
    public void Remediation_RestoresService()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, true), 11);
        cell.RunUntil(6 * 60);

        FaultDrill.Run(cell, "config rollback webapi");
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

using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Simulation.Tests.Faults.AgentStarvation;

public sealed class AgentStarvationTests
{
    private const string Inject = """
  - id: drill
    kind: agent-starvation
    target: cn-1a
    at: 1m
    parameters: { cpu: "0.95" }
""";

    [Fact]
    public void Inject_HurtsRequests_AndShowsInTheTools()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, true), 11);

        cell.RunUntil(6 * 60);

        Assert.True(FaultDrill.Hurt(cell), FaultDrill.Describe(cell));
        Assert.False(cell.IsRestored);
        Assert.StartsWith("   PID", cell.Execute("prstat cn-1a").Output); Assert.Contains("monitoring-agent", cell.Execute("prstat cn-1a").Output.Split('\n')[1]);
    }

    [Fact]
    public void Remediation_RestoresService()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, true), 11);
        cell.RunUntil(6 * 60);

        FaultDrill.Run(cell, "kill cn-1a monitoring-agent");
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

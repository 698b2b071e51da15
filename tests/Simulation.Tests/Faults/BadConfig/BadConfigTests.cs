using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Simulation.Tests.Faults.BadConfig;

public sealed class BadConfigTests
{
    private const string Inject = """
  - id: drill
    kind: bad-config
    target: webapi
    at: 1m
    share: 0.5
    escalate_at: 3m
    parameters: { key: "max_sockets", value: "0" }
""";

    [Fact]
    public void Inject_HurtsRequests_AndShowsInTheTools()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, true), 11);

        cell.RunUntil(6 * 60);

        Assert.True(FaultDrill.Hurt(cell), FaultDrill.Describe(cell));
        Assert.False(cell.IsRestored);
        Assert.Contains("max_sockets: 0", cell.Execute("config show webapi").Output);
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

    [Fact]
    public void StagedPush_ReachesHalfFirst_ThenEveryInstanceAtEscalation()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, true), 11);

        cell.RunUntil(2 * 60);
        Assert.Equal(3, cell.Faults.Single().AffectedTargets);

        cell.RunUntil(3 * 60 + 1);
        Assert.Equal(6, cell.Faults.Single().AffectedTargets);
        Assert.Equal(3 * 60, cell.Faults.Single().EscalatedAt);
    }
}

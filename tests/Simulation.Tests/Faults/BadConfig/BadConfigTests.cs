using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Faults;

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

    private const string ValidInject = """
  - id: drill
    kind: bad-config
    target: webapi
    at: 1m
    parameters: { key: "max_sockets", value: "0", valid: "64..1024" }
""";

    [Theory]
    [InlineData("99999999")]
    [InlineData("1")]
    [InlineData("lots")]
    public void AValueOutsideWhatTheScenarioAccepts_DoesNotFixIt(string value)
    {
        var cell = Cell.Create(FaultDrill.With(ValidInject, true), 11);
        cell.RunUntil(6 * 60);

        FaultDrill.Run(cell, $"config set webapi max_sockets {value}");
        cell.RunUntil(20 * 60);

        Assert.False(cell.IsRestored, FaultDrill.Describe(cell));
        Assert.True(FaultDrill.FailShare(cell) > 0.5, FaultDrill.Describe(cell));
    }

    [Fact]
    public void AValueTheScenarioAccepts_FixesIt()
    {
        var cell = Cell.Create(FaultDrill.With(ValidInject, true), 11);
        cell.RunUntil(6 * 60);

        FaultDrill.Run(cell, "config set webapi max_sockets 256");
        cell.RunUntil(20 * 60);

        Assert.True(cell.IsRestored, FaultDrill.Describe(cell));
    }

    [Fact]
    public void WithoutAValidRule_OnlyTheValueBeforeThePushFixesIt()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, true), 11);
        cell.RunUntil(6 * 60);

        FaultDrill.Run(cell, "config set webapi max_sockets 64");
        cell.RunUntil(10 * 60);
        Assert.False(cell.IsRestored, FaultDrill.Describe(cell));

        FaultDrill.Run(cell, "config set webapi max_sockets 128");
        cell.RunUntil(20 * 60);
        Assert.True(cell.IsRestored, FaultDrill.Describe(cell));
    }

    [Fact]
    public void PushingTheBadValueAgain_AfterAFix_BringsTheFailuresBack()
    {
        var cell = Cell.Create(FaultDrill.With(ValidInject, true), 11);
        cell.RunUntil(6 * 60);
        FaultDrill.Run(cell, "config rollback webapi");
        cell.RunUntil(15 * 60);
        Assert.True(cell.IsRestored, FaultDrill.Describe(cell));

        FaultDrill.Run(cell, "config set webapi max_sockets 0");
        cell.RunUntil(16 * 60);

        Assert.Equal(FaultStatus.Active, cell.Faults.Single().Status);
        Assert.True(FaultDrill.FailShare(cell) > 0.5, FaultDrill.Describe(cell));
        cell.RunUntil(30 * 60);
        Assert.False(cell.IsRestored, FaultDrill.Describe(cell));
    }
}

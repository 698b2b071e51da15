using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Faults;

namespace PracticePlatform.Simulation.Tests.Faults.CrashLoop;

public sealed class CrashLoopTests
{
    private const string Inject = """
  - id: drill
    kind: crash-loop
    target: webapi
    at: 1m
""";

    [Fact]
    public void Inject_HurtsRequests_AndShowsInTheTools()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, true), 11);

        cell.RunUntil(6 * 60);

        Assert.True(FaultDrill.Hurt(cell), FaultDrill.Describe(cell));
        Assert.False(cell.IsRestored);
        Assert.Contains("streaming_parser=on", cell.Execute("config show webapi").Output);
    }

    [Fact]
    public void NamedFlag_IsTheOneSetLoggedAndTurnedOff()
    {
        var cell = Cell.Create(FaultDrill.With(Inject + "\n    parameters: { flag: \"content_291\" }", true), 11);
        cell.RunUntil(6 * 60);

        Assert.Contains("content_291=on", cell.Execute("config show webapi").Output);
        Assert.Contains("feature flag content_291", cell.Execute("logs webapi-1 --since 6m --tail 500 --grep content_291").Output);

        FaultDrill.Run(cell, "config set webapi feature_flags content_291=on,safe_mode=on");
        cell.RunUntil(10 * 60);
        Assert.False(cell.IsRestored, "the bad flag is still on");

        FaultDrill.Run(cell, "config set webapi feature_flags content_291=off");
        cell.RunUntil(25 * 60);
        Assert.True(cell.IsRestored, FaultDrill.Describe(cell));
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
    public void RestartingWhileTheBadFlagIsStillSet_BringsTheProcessesBackDown()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, true), 11);
        cell.RunUntil(6 * 60);

        FaultDrill.Run(cell, "svcadm restart webapi-1");
        cell.RunUntil(6 * 60 + 15);
        Assert.Contains("online", cell.Execute("svcs webapi-1").Output);
        cell.RunUntil(8 * 60);

        Assert.Equal(FaultStatus.Active, cell.Faults.Single().Status);
        Assert.False(cell.IsRestored, FaultDrill.Describe(cell));
    }

    [Fact]
    public void TurningTheFlagBackOn_AfterAFix_BringsTheCrashesBack()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, true), 11);
        cell.RunUntil(6 * 60);
        FaultDrill.Run(cell, "config set webapi feature_flags streaming_parser=off");
        cell.RunUntil(12 * 60);
        Assert.Equal(FaultStatus.Mitigated, cell.Faults.Single().Status);

        FaultDrill.Run(cell, "config set webapi feature_flags streaming_parser=on");
        cell.RunUntil(20 * 60);

        Assert.Equal(FaultStatus.Active, cell.Faults.Single().Status);
        Assert.False(cell.IsRestored, FaultDrill.Describe(cell));
        Assert.Contains("the cause is still there", string.Join("\n", cell.Logs("webapi-1", TimeSpan.FromMinutes(10), "cause")));
    }
}

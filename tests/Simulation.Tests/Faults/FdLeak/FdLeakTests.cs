using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Simulation.Tests.Faults.FdLeak;

public sealed class FdLeakTests
{
    private const string Inject = """
  - id: drill
    kind: fd-leak
    target: webapi
    at: 1m
    parameters: { leak_per_s: "5", max_fds: "1024" }
""";

    private static Cell Leaking()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, true), 11);
        cell.RunUntil(6 * 60);
        return cell;
    }

    [Fact]
    public void Inject_FailsCallsWithEmfile_AndShowsInPfilesAndLogs()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, true), 11);
        cell.RunUntil(3 * 60);
        Assert.False(FaultDrill.Hurt(cell), FaultDrill.Describe(cell));

        cell.RunUntil(6 * 60);

        Assert.True(FaultDrill.Hurt(cell), FaultDrill.Describe(cell));
        Assert.Equal(FailureReason.TooManyOpenFiles, cell.State.ServiceRead[Array.IndexOf(cell.State.Topology.Services.Select(s => s.Id).ToArray(), "webapi")].Reason);
        Assert.Contains("EMFILE: too many open files", cell.Execute("logs webapi-1 --level error").Output);
        var pfiles = cell.Execute("pfiles webapi-1").Output;
        Assert.Contains("Current rlimit: 1024 file descriptors", pfiles);
        Assert.Contains("open: 1024", pfiles);
        Assert.Contains("http_client: streaming", cell.Execute("config show webapi").Output);
    }

    [Fact]
    public void Restart_FreesTheDescriptors_UntilTheyLeakAgain()
    {
        var cell = Leaking();

        FaultDrill.Run(cell, "restart webapi");
        cell.RunUntil(8 * 60);
        Assert.True(FaultDrill.FailShare(cell) < 0.01, FaultDrill.Describe(cell));
        Assert.Contains("CLOSE_WAIT, never closed): 5", cell.Execute("pfiles webapi-1").Output);

        cell.RunUntil(14 * 60);
        Assert.True(FaultDrill.Hurt(cell) && FaultDrill.FailShare(cell) > 0.02, FaultDrill.Describe(cell));
    }

    [Fact]
    public void RaisingTheLimit_BuysTimeInProportion()
    {
        var cell = Leaking();

        FaultDrill.Run(cell, "ulimit webapi 2048");
        cell.RunUntil(8 * 60);
        Assert.True(FaultDrill.FailShare(cell) < 0.01, FaultDrill.Describe(cell));
        Assert.Contains("Current rlimit: 2048", cell.Execute("pfiles webapi-2").Output);

        cell.RunUntil(11 * 60);
        Assert.True(FaultDrill.FailShare(cell) > 0.02, FaultDrill.Describe(cell));
    }

    [Fact]
    public void Rollback_StopsTheLeak_ButOnlyARestartClosesWhatLeaked()
    {
        var rolledBack = Leaking();
        var fixedUp = Leaking();

        FaultDrill.Run(rolledBack, "config rollback webapi");
        FaultDrill.Run(fixedUp, "config rollback webapi", "restart webapi");
        rolledBack.RunUntil(20 * 60);
        fixedUp.RunUntil(20 * 60);

        Assert.True(FaultDrill.FailShare(rolledBack) > 0.02, FaultDrill.Describe(rolledBack));
        Assert.True(fixedUp.IsRestored, FaultDrill.Describe(fixedUp));
    }

    [Fact]
    public void Revert_ByTheInstigator_RestoresService()
    {
        var cell = Leaking();

        Assert.True(cell.Revert("drill").Ok);
        cell.RunUntil(20 * 60);

        Assert.True(FaultDrill.FailShare(cell) < 0.01, FaultDrill.Describe(cell));
    }

    [Fact]
    public void WithoutALimit_PfilesShowsTheDefaultAndNothingLeaked()
    {
        var cell = Cell.Create(TestScenarios.Manta, 11);
        cell.RunUntil(60);

        var pfiles = cell.Execute("pfiles webapi-1").Output;

        Assert.Contains("Current rlimit: 65536", pfiles);
        Assert.Contains("never closed): 0", pfiles);
        Assert.False(cell.Execute("ulimit webapi 12").Ok);
    }
}

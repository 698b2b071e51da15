using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Tests.Faults;

namespace PracticePlatform.Simulation.Tests.Tools;

public sealed class RemediationTests
{
    [Fact]
    public void RestartingEveryInstanceAtOnce_DropsCapacity()
    {
        var cell = Cell.Create(FaultDrill.With("  - id: drill\n    kind: process-crash\n    target: webapi-1\n", faultMustBeCleared: false), 2);
        cell.RunUntil(120);

        var result = cell.Execute("svcadm restart webapi");
        cell.RunUntil(125);

        Assert.Contains("6 instances restarting at once", result.Output);
        Assert.True(FaultDrill.FailShare(cell) > 0.5, FaultDrill.Describe(cell));
        cell.RunUntil(200);
        Assert.True(FaultDrill.FailShare(cell) < 0.01, FaultDrill.Describe(cell));
    }

    [Fact]
    public void SvcadmClear_SaysWhichInstancesWereNotInMaintenance_InsteadOfClaimingToHaveClearedThem()
    {
        var cell = Cell.Create(TestScenarios.Manta, 2);
        cell.RunUntil(60);

        var healthyOne = cell.Execute("svcadm clear webapi-1").Output;
        var healthyAll = cell.Execute("svcadm clear webapi").Output;
        cell.RunUntil(300);
        var half = cell.Execute("svcadm clear webapi").Output;

        Assert.Equal("svcadm: webapi-1 is not in maintenance (online); nothing to clear\n", healthyOne);
        Assert.Equal("svcadm: no instance of webapi is in maintenance (6 online); nothing to clear\n", healthyAll);
        Assert.Equal("cleared webapi (3 of 6 instances were in maintenance; the others are 3 online)\n", half);
    }

    [Fact]
    public void PromotingTheLaggingAsync_LosesWrites_PromotingTheSyncDoesNot()
    {
        static (string Output, long Lost) Promote(string peer)
        {
            var cell = Cell.Create(FaultDrill.With("  - id: drill\n    kind: stuck-failover\n    target: shard-1\n    at: 1m\n"), 4);
            cell.RunUntil(180);
            var output = cell.Execute($"manatee-adm promote {peer}").Output;
            cell.RunUntil(400);
            return (output, cell.State.Databases[0].LostWrites);
        }

        var wrong = Promote("pg-3");
        var right = Promote("pg-2");

        Assert.Contains("writes it had not replayed are lost", wrong.Output);
        Assert.True(wrong.Lost > 0);
        Assert.Equal(0, right.Lost);
    }

    [Fact]
    public void ToolOutput_ReflectsState()
    {
        var cell = Cell.Create(TestScenarios.Manta, 2);
        cell.RunUntil(600);

        Assert.Contains("primary  pg-1", cell.Execute("manatee-adm pg-status").Output);
        Assert.Contains("leader", cell.Execute("zk status").Output);
        Assert.Contains("webapi", cell.Execute("manta-adm show webapi").Output);
        Assert.Contains("online", cell.Execute("svcs webapi-1").Output);
        Assert.Contains("\"level\":\"info\"", cell.Execute("logs webapi-1 --tail 5").Output);
        Assert.Equal(6, cell.Execute("logs webapi-1 --tail 5 --since 10m").Output.Split('\n').Length);
        Assert.Contains("QLAT", cell.Execute("pgsqlstat").Output);
        Assert.Contains("moray-1", cell.Execute("moraystat").Output);
        Assert.Contains("Use%", cell.Execute("df -h webapi-1").Output);
        Assert.Contains("tcpRetransSegs", cell.Execute("netstat -s webapi-1").Output);
        Assert.Contains("0% packet loss", cell.Execute("ping webapi-1 mako-2").Output);
        Assert.Contains("max_sockets: 128", cell.Execute("config show webapi").Output);
        Assert.Matches(@"webapi-1\s+webapi-2", cell.Execute("metrics webapi rps --since 5m").Output);
        Assert.Contains("svcs", cell.Execute("help").Output);
    }

    [Fact]
    public void LogLines_AreTheSameEachTimeTheyAreAskedFor()
    {
        var cell = Cell.Create(TestScenarios.Manta, 2);
        cell.RunUntil(170);

        var first = cell.Execute("logs webapi-2 --since 10m --tail 50").Output;
        var second = cell.Execute("logs webapi-2 --since 10m --tail 50").Output;

        Assert.Equal(first, second);
        Assert.Contains("req_id", first);
    }

    [Fact]
    public void KubernetesPack_ListsPodsAndRollsBack()
    {
        var cell = Cell.Create(TestScenarios.Load("shop-retry-storm"), 2);
        cell.RunUntil(120);

        Assert.Contains("Running", cell.Execute("kubectl get pods -l app=frontend").Output);
        Assert.Contains("frontend", cell.Execute("kubectl get deployments").Output);
        Assert.Contains("Ready", cell.Execute("kubectl get nodes").Output);
        Assert.True(cell.Execute("kubectl rollout undo deployment/frontend").ChangedState);
        Assert.Contains("successfully rolled out", cell.Execute("kubectl rollout status deployment/frontend").Output);
        Assert.Contains("did you mean 'pods'", cell.Execute("kubectl get podz").Output);
    }
}

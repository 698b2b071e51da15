using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Scenarios;
using PracticePlatform.Simulation.Tests.Faults;

namespace PracticePlatform.Simulation.Tests.Tools;

/// <summary>The tools print what their real namesakes would, filters work, and no number gives the fault away or looks fake.</summary>
public sealed class ToolRealismTests
{
    private static Cell Shop(long until)
    {
        var cell = Cell.Create(TestScenarios.Load("shop-cart-memory-leak"), 3);
        cell.RunUntil(until);
        return cell;
    }

    private static string[] Rows(string output) => [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)];

    [Fact]
    public void KubectlGet_HonoursTheLabelSelectorAndTheNamespace()
    {
        var cell = Shop(60);

        var cart = cell.Execute("kubectl get pods -l app=cart").Output;
        var notCart = cell.Execute("kubectl get pods -l app!=cart").Output;
        var all = cell.Execute("kubectl get pods").Output;

        Assert.Equal(4, Rows(cart).Length);
        Assert.All(Rows(cart), row => Assert.StartsWith("cart-", row, StringComparison.Ordinal));
        Assert.Equal(Rows(all).Length - 4, Rows(notCart).Length);
        Assert.Single(Rows(cell.Execute("kubectl get deployments --selector=app=cart").Output));
        Assert.Equal(Rows(all).Length, Rows(cell.Execute("kubectl get pods -n default").Output).Length);
        Assert.Equal(Rows(all).Length, Rows(cell.Execute("kubectl get pods -A").Output).Length);
        Assert.Equal("No resources found in kube-system namespace.\n", cell.Execute("kubectl get pods -n kube-system").Output);
        Assert.Equal("No resources found in default namespace.\n", cell.Execute("kubectl get pods -l app=nosuch").Output);
        Assert.Contains("unable to parse requirement", cell.Execute("kubectl get pods -l cart").Output);
    }

    [Fact]
    public void KubectlTop_ShowsOnlyThePodOrNodeNamed()
    {
        var cell = Shop(60);
        var pod = Rows(cell.Execute("kubectl get pods -l app=cart").Output)[0].Split(' ')[0];

        Assert.Equal([pod], Rows(cell.Execute($"kubectl top pod {pod}").Output).Select(r => r.Split(' ')[0]));
        Assert.Equal(4, Rows(cell.Execute("kubectl top pods -l app=cart").Output).Length);
        Assert.Single(Rows(cell.Execute("kubectl top nodes node-a1").Output));
        Assert.Contains("not found", cell.Execute("kubectl top pod cart-zzzzz").Output);
        Assert.Contains("not found", cell.Execute("kubectl top nodes node-z9").Output);
    }

    [Fact]
    public void RolloutHistory_ListsEveryConfigurationTheDeploymentReloaded()
    {
        var cell = Shop(60);

        Assert.True(cell.Execute("config set cart max_sockets 64").Ok);
        cell.RunUntil(120);
        Assert.True(cell.Execute("kubectl rollout undo deployment/cart").Ok);
        var history = cell.Execute("kubectl rollout history deployment/cart").Output;

        Assert.Equal(
            ["deployment.apps/cart", "REVISION  CHANGE-CAUSE", "1         <none>",
             "2         configuration reloaded: max_sockets = 64 (set by operator) at 14:01:00",
             "3         configuration rolled back to last known good at 14:02:00"],
            history.TrimEnd('\n').Split('\n'));
        Assert.Contains("unknown rollout command", cell.Execute("kubectl rollout histroy deployment/cart").Output);
    }

    [Fact]
    public void AnOutOfMemoryKill_ShowsAsOomKilled_NotAsABackOff()
    {
        var cell = Cell.Create(TestScenarios.Load("shop-cart-memory-leak"), 3);
        string pods = "";
        for (var t = 180L; t < 1800 && !pods.Contains("OOMKilled", StringComparison.Ordinal); t += 5)
        {
            cell.RunUntil(t);
            pods = cell.Execute("kubectl get pods -l app=cart").Output;
        }

        Assert.Contains("OOMKilled", pods);
        var killed = Rows(pods).First(r => r.Contains("OOMKilled", StringComparison.Ordinal)).Split(' ')[0];
        var describe = cell.Execute($"kubectl describe pod {killed}").Output;
        Assert.Contains("Reason:     OOMKilled", describe);
        Assert.Contains("OOMKilling", describe);
        Assert.DoesNotContain("BackOff    ", describe.Split("Events:")[1].Split('\n').First(l => l.Contains("out of memory", StringComparison.Ordinal)));
    }

    [Fact]
    public void TheServiceLogThatSvcsPointsAt_CanBeRead()
    {
        var cell = Cell.Create(TestScenarios.Manta, 2);
        cell.RunUntil(300);

        var explain = cell.Execute("svcs -xv webapi").Output;
        Assert.Contains("See: /var/svc/log/site-webapi:default.log (on webapi-", explain);
        var instance = explain.Split("(on ")[1].Split(')')[0];

        var tail = cell.Execute($"tail -n 5 {instance}:/var/svc/log/site-webapi:default.log");
        var otherForm = cell.Execute($"tail /var/svc/log/site-webapi:default.log {instance}");

        Assert.True(tail.Ok, tail.Output);
        Assert.InRange(tail.Output.TrimEnd('\n').Split('\n').Length, 1, 5);
        Assert.Contains("Restarting too quickly, changing state to maintenance", tail.Output);
        Assert.True(otherForm.Ok, otherForm.Output);
        Assert.Contains("name one", cell.Execute("tail /var/svc/log/site-webapi:default.log").Output);
        Assert.Contains("No such file or directory", cell.Execute($"tail {instance}:/var/svc/log/site-nosuch:default.log").Output);
        Assert.Contains("use logs <instance>", cell.Execute($"tail {instance}:/etc/passwd").Output);
        Assert.Contains("invalid number of lines", cell.Execute($"tail -n many {instance}:/var/svc/log/site-webapi:default.log").Output);
    }

    [Fact]
    public void Logs_SayWhichWindowTheyShow_WhenTheReaderDidNotChooseOne()
    {
        var cell = Cell.Create(TestScenarios.Manta, 2);
        cell.RunUntil(900);

        Assert.EndsWith("-- only the last 10m are shown; --since 1h looks further back --\n", cell.Execute("logs webapi-1 --tail 3").Output);
        Assert.DoesNotContain("only the last 10m", cell.Execute("logs webapi-1 --tail 3 --since 15m").Output);
    }

    [Fact]
    public void ADeposedPeer_ShowsAsNotReplicating_NotAtZeroLag()
    {
        var cell = Cell.Create(FaultDrill.With("  - id: drill\n    kind: stuck-failover\n    target: shard-1\n    at: 1m\n"), 4);
        cell.RunUntil(180);
        Assert.True(cell.Execute("manatee-adm promote pg-2").Ok);
        cell.RunUntil(240);

        var status = cell.Execute("manatee-adm pg-status").Output;
        var deposed = status.Split('\n').Single(l => l.StartsWith("deposed", StringComparison.Ordinal));

        Assert.Contains("not replicating", deposed);
        Assert.DoesNotContain(" 0s", deposed);
    }

    [Fact]
    public void Prstat_ShowsASaturatedZoneAtItsCap_BesideItsSmallShareOfTheHost()
    {
        var cell = Cell.Create(TestScenarios.Load("manta-monitoring-agent-starvation"), 2);
        cell.RunUntil(600);
        var output = cell.Execute("prstat cn-1a").Output;

        Assert.Contains("ZONE                    CPU  CAP        USED-OF-CAP", output);
        var zones = output.Split("USED-OF-CAP\n")[1].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(zones);
        Assert.All(zones, z => Assert.Contains("4 cpus", z));
    }

    [Fact]
    public void AMemoryAlarm_CarriesItsUnit_AndAgreesWithMetrics()
    {
        var cell = Cell.Create(TestScenarios.Load("shop-cart-memory-leak"), 3);
        PracticePlatform.Simulation.Alarms.AlarmState? fired = null;
        for (var t = 60L; t < 1800 && fired is null; t += 10)
        {
            cell.RunUntil(t);
            fired = cell.Alarms.FirstOrDefault(a => a.RuleId == "cart-memory" && a.Firing);
        }

        Assert.NotNull(fired);
        Assert.Matches(@"^cart-\d+ memory = \d+ MB$", fired.Message);
        Assert.Contains("(memory in MB)", cell.Execute("metrics cart memory --since 5m").Output);
    }

    [Fact]
    public void AMemoryThresholdBelowOneMegabyte_IsRefusedWithItsPosition()
    {
        var text = TestScenarios.Text("shop-cart-memory-leak").Replace("metric: memory, threshold: 1800", "metric: memory, threshold: 0.9", StringComparison.Ordinal);

        var result = ScenarioLoader.Load(text, "cart.yaml");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.ToString().Contains("cart.yaml:161:", StringComparison.Ordinal) && p.ToString().Contains("in MB for metric memory", StringComparison.Ordinal));
    }

    [Fact]
    public void InstancesOfOneService_ReportTheirOwnNumbers_NotIdenticalOnes()
    {
        var cell = Cell.Create(TestScenarios.Manta, 2);
        cell.RunUntil(180);

        var rps = cell.Execute("metrics webapi rps --since 2m").Output.Split('\n')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
        var perInstance = Enumerable.Range(1, 6).Select(n => cell.State.Instances[cell.State.Topology.InstanceIndex($"webapi-{n}")].Rps).ToArray();

        Assert.Equal(6, rps.Length);
        Assert.True(rps.Distinct().Count() > 3, string.Join(" ", rps));
        Assert.InRange(perInstance.Max() / perInstance.Min(), 1.01, 1.18);
        Assert.Equal(cell.State.ServiceLoad[cell.State.Topology.ServiceIndex("webapi")], perInstance.Sum(), 6);
    }
}

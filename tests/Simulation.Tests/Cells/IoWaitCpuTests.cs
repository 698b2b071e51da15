using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Simulation.Tests.Cells;

/// <summary>Workers that wait on a stalled downstream are idle: CPU falls, it does not rise.</summary>
public sealed class IoWaitCpuTests
{
    [Fact]
    public void CpuFalls_WhileThePoolIsHeldByHungConnections_AtTheSameOrHigherLoad()
    {
        var cell = Cell.Create(TestScenarios.Load("manta-webapi-hung-connections"), 3);
        var webapi = cell.State.Topology.ServiceInstances[Array.FindIndex([.. cell.State.Topology.Services], s => s.Id == "webapi")];
        cell.RunUntil(2 * 60);
        var healthyCpu = webapi.Average(i => cell.State.Instances[i].Cpu);
        var healthyRps = webapi.Sum(i => cell.State.Instances[i].Rps);

        cell.RunUntil(20 * 60);

        var stalledCpu = webapi.Average(i => cell.State.Instances[i].Cpu);
        var stalledRps = webapi.Sum(i => cell.State.Instances[i].Rps);
        Assert.True(webapi.Any(i => cell.State.Instances[i].HungConnections > 100), "the pool should be held by hung connections");
        Assert.True(stalledRps >= healthyRps * 0.95, $"load {stalledRps:0} vs {healthyRps:0}");
        Assert.True(stalledCpu < healthyCpu * 0.8, $"cpu stalled {stalledCpu:P1} vs healthy {healthyCpu:P1}");
    }

    /// <summary>
    /// A pool held by the instance's own slow work (each request dearer, no downstream to wait on) turns requests
    /// away too, but its workers are computing: CPU stays pinned instead of falling as it does for I/O waits.
    /// </summary>
    [Fact]
    public void CpuStaysHigh_WhenThePoolIsHeldByTheInstancesOwnWork()
    {
        var text = TestScenarios.Text("cloudflare-waf-regex-cpu")
            .Replace("cpu_cost: \"20\"", "cpu_cost: \"COST\"", StringComparison.Ordinal)
            .Replace("      timeout: 10s\n      depends_on: [origin]", "      timeout: 10s\n      connection_pool: POOL\n      depends_on: [origin]", StringComparison.Ordinal);
        var loaded = Simulation.Scenarios.ScenarioLoader.Load(text.Replace("COST", "1.8").Replace("POOL", "20"), "pool.yaml");
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        var cell = Cell.Create(loaded.Scenario!, 5);
        var proxies = cell.State.Topology.ServiceInstances[0];

        cell.RunUntil(8 * 60);

        Assert.All(proxies, i => Assert.Equal(FailureReason.PoolExhausted, cell.State.Instances[i].Reason));
        var cpu = proxies.Average(i => cell.State.Instances[i].Cpu);
        Assert.True(cpu > 0.9, $"cpu {cpu:P1} with the pool held by the proxies' own work");
        Assert.Contains(cell.Alarms, a => a.RuleId == "edge-cpu" && a.Firing);
    }
}

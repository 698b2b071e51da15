using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Simulation.Tests.Faults.BadConfig;

/// <summary>A configuration that makes each request dearer (a backtracking rule) saturates CPU, not a fixed error share.</summary>
public sealed class BadConfigCpuCostTests
{
    private const string Scenario = "cloudflare-waf-regex-cpu";

    private static double ProxyCpu(Cell cell) =>
        cell.State.Topology.ServiceInstances[0].Average(i => cell.State.Instances[i].Cpu);

    [Fact]
    public void CpuCost_PinsCpu_GrowsTheTail_AndFiresTheCpuAlarm_AtTheSameRate()
    {
        var cell = Cell.Create(TestScenarios.Load(Scenario), 5);
        cell.RunUntil(2 * 60);
        var cpuBefore = ProxyCpu(cell);
        var rpsBefore = cell.Health.RequestTypes.Sum(r => r.Attempted);
        var p99Before = cell.Health.RequestTypes.Max(r => r.P99Ms);

        cell.RunUntil(6 * 60);

        Assert.True(cpuBefore < 0.7, $"cpu before {cpuBefore:P0}");
        Assert.True(ProxyCpu(cell) > 0.9, $"cpu after {ProxyCpu(cell):P0}");
        Assert.InRange(cell.Health.RequestTypes.Sum(r => r.Attempted), rpsBefore * 0.9, rpsBefore * 1.1);
        Assert.True(cell.Health.RequestTypes.Max(r => r.P99Ms) > 10 * p99Before, FaultDrill.Describe(cell));
        Assert.True(FaultDrill.FailShare(cell) > 0.5, FaultDrill.Describe(cell));
        Assert.Contains(cell.Alarms, a => a.RuleId == "edge-cpu" && a.Firing);
    }

    [Fact]
    public void WithoutCpuCost_TheSamePushLeavesCpuFlat()
    {
        var cell = Cell.Create(WithCost(1), 5);

        cell.RunUntil(6 * 60);

        Assert.True(ProxyCpu(cell) < 0.7, $"cpu {ProxyCpu(cell):P0}");
        Assert.DoesNotContain(cell.Alarms, a => a.RuleId == "edge-cpu" && a.Firing);
    }

    [Fact]
    public void Rollback_BringsCpuDown()
    {
        var cell = Cell.Create(TestScenarios.Load(Scenario), 5);
        cell.RunUntil(6 * 60);

        FaultDrill.Run(cell, "config rollback edge-proxy");
        cell.RunUntil(12 * 60);

        Assert.True(ProxyCpu(cell) < 0.7, $"cpu {ProxyCpu(cell):P0}");
        Assert.True(FaultDrill.FailShare(cell) < 0.01, FaultDrill.Describe(cell));
    }

    /// <summary>Twice the proxies carry a rule three times as dear, not one twenty times as dear.</summary>
    [Theory]
    [InlineData(3, true)]
    [InlineData(20, false)]
    public void ScaleOut_HelpsOnlyInProportionToTheCost(int cost, bool enough)
    {
        var cell = Cell.Create(WithCost(cost), 5);
        cell.RunUntil(6 * 60);
        Assert.True(FaultDrill.FailShare(cell) > 0.3, FaultDrill.Describe(cell));

        FaultDrill.Run(cell, "scale-out edge-proxy 6");
        cell.RunUntil(15 * 60);

        Assert.Equal(enough, FaultDrill.FailShare(cell) < 0.01);
    }

    private static Simulation.Scenarios.Scenario WithCost(int cost)
    {
        var text = TestScenarios.Text(Scenario).Replace("cpu_cost: \"20\"", $"cpu_cost: \"{cost}\"", StringComparison.Ordinal);
        var result = Simulation.Scenarios.ScenarioLoader.Load(text, "cost.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result.Scenario!;
    }
}

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
}

using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Tests.Truth;

/// <summary>A request type's latency objective makes slow minutes impact, so a latency-only degradation has a window.</summary>
public sealed class LatencyImpactTests
{
    private static Cell Run(string text)
    {
        var loaded = ScenarioLoader.Load(text, "slow.yaml");
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        var cell = Cell.Create(loaded.Scenario!, 7);
        cell.RunUntil(15 * 60);
        return cell;
    }

    [Fact]
    public void MinutesSlowerThanTheObjective_CountAsImpact()
    {
        // A milder slow start: requests get slower (p99 past 400 ms) but none fail, so failures alone show no impact.
        var text = TestScenarios.Text("manta-mako-tcp-slow-start").Replace("penalty_ms: \"40000\"", "penalty_ms: \"600\"", StringComparison.Ordinal);
        var withObjective = text.Replace("timeout: 30s, retries: 1 }", "timeout: 30s, retries: 1, slo_ms: 400 }", StringComparison.Ordinal);
        Assert.NotEqual(text, withObjective);

        var failuresOnly = Run(text).GroundTruth;
        var latencyToo = Run(withObjective).GroundTruth;

        var getObject = latencyToo.RequestTypes.Single(r => r.RequestType == "get-object");
        Assert.Null(failuresOnly.ImpactStartMinute);
        Assert.Equal(4, latencyToo.ImpactStartMinute);
        Assert.True(getObject.SlowMinutes > 5, $"{getObject.SlowMinutes} slow minutes");
        Assert.Equal(0, getObject.Failed);
        Assert.Equal(0, failuresOnly.RequestTypes.Single(r => r.RequestType == "get-object").SlowMinutes);
    }

    [Fact]
    public void ANonPositiveObjective_IsRefusedWithItsPosition()
    {
        var text = TestScenarios.Text("manta-mako-tcp-slow-start").Replace("timeout: 30s }", "timeout: 30s, slo_ms: 0 }", StringComparison.Ordinal);

        var loaded = ScenarioLoader.Load(text, "slow.yaml");

        Assert.False(loaded.Succeeded);
        Assert.Contains(loaded.Problems, p => p.Line == 103 && p.Message.Contains("slo_ms", StringComparison.Ordinal));
    }
}

using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Tests.Cells;

/// <summary>A request type's rate follows its shape: a daily curve on the tools' clock and scheduled surges.</summary>
public sealed class TrafficShapeTests
{
    private const string Page = "{ id: page, rate: 2600, path: [edge-proxy, origin], timeout: 10s, retries: 1 }";

    /// <summary>The WAF scenario without its fault (the inject waits for an instigator), the page rate shaped.</summary>
    internal static Scenario Shaped(string shape)
    {
        var original = TestScenarios.Text("cloudflare-waf-regex-cpu");
        Assert.Contains("    at: 3m\n", original, StringComparison.Ordinal);
        Assert.Contains(Page, original, StringComparison.Ordinal);
        var text = original
            .Replace("    at: 3m\n", "", StringComparison.Ordinal)
            .Replace(Page, Page.Replace(" }", $", shape: {shape} }}", StringComparison.Ordinal), StringComparison.Ordinal);
        var result = ScenarioLoader.Load(text, "shaped.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result.Scenario!;
    }

    private static double PageRate(Cell cell, long from, long to)
    {
        double sum = 0;
        for (var t = from; t < to; t++)
        {
            cell.RunUntil(t + 1);
            sum += cell.Health.RequestTypes.Single(r => r.Id == "page").Attempted;
        }

        return sum / (to - from);
    }

    [Fact]
    public void DailyPeak_RaisesTheRateTowardsPeakAt_OnTheToolsClock()
    {
        // The tools' clock starts at 14:00: six hours before a 20:00 peak the curve is half way up.
        var cell = Cell.Create(Shaped("{ daily_peak: 1.6, peak_at: \"20:00\" }"), 7);

        var atStart = PageRate(cell, 0, 120);
        var atPeak = PageRate(cell, 6 * 3600, (6 * 3600) + 120);

        Assert.InRange(atStart, 2600 * 1.3 * 0.97, 2600 * 1.3 * 1.03);
        Assert.InRange(atPeak, 2600 * 1.6 * 0.97, 2600 * 1.6 * 1.03);
    }

    [Fact]
    public void Flat_IsTheWrittenRate()
    {
        var cell = Cell.Create(TestScenarios.Load("cloudflare-waf-regex-cpu"), 7);

        Assert.InRange(PageRate(cell, 0, 120), 2600 * 0.97, 2600 * 1.03);
    }

    [Fact]
    public void Surge_PushesAMarginalServiceOverTheEdge_ThenItRecovers()
    {
        var cell = Cell.Create(Shaped("{ surge: 5m..10m, surge_factor: 3 }"), 7);

        cell.RunUntil(4 * 60);
        Assert.True(Faults.FaultDrill.FailShare(cell) < 0.01, Faults.FaultDrill.Describe(cell));
        cell.RunUntil(9 * 60);
        Assert.True(Faults.FaultDrill.FailShare(cell) > 0.05, Faults.FaultDrill.Describe(cell));
        cell.RunUntil(16 * 60);
        Assert.True(Faults.FaultDrill.FailShare(cell) < 0.01, Faults.FaultDrill.Describe(cell));
    }

    [Theory]
    [InlineData("{ daily_peak: 0.5 }", "daily_peak")]
    [InlineData("{ daily_peak: 1.6, peak_at: \"25:00\" }", "must be a time of day")]
    [InlineData("{ surge: later, surge_factor: 2 }", "must be a window of scenario time")]
    [InlineData("{ surge: 5m..10m }", "needs both 'surge' and 'surge_factor'")]
    [InlineData("{ dayly_peak: 2 }", "dayly_peak")]
    public void BadShape_IsReportedAtItsPlace(string shape, string expected)
    {
        var text = TestScenarios.Text("cloudflare-waf-regex-cpu")
            .Replace(Page, Page.Replace(" }", $", shape: {shape} }}", StringComparison.Ordinal), StringComparison.Ordinal);

        var result = ScenarioLoader.Load(text, "bad.yaml");

        var problem = Assert.Single(result.Problems, p => p.Message.Contains(expected, StringComparison.Ordinal));
        Assert.Equal(48, problem.Line);
        Assert.True(problem.Column > 80, problem.ToString());
    }
}

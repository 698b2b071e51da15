using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Tests.Catalog;

/// <summary>Catalog scenarios that use warm-up and monitoring dependencies where their incidents had them.</summary>
public sealed class CatalogRealismTests
{
    [Fact]
    public void ServiceControl_RestartedAllAtOnce_ServesBelowCapacityWhileItWarmsUp()
    {
        var text = TestScenarios.Text("gcp-service-control-crash-loop");
        Assert.Contains("      warmup: 90s\n", text, StringComparison.Ordinal);

        var warm = Failed(TestScenarios.Load("gcp-service-control-crash-loop"));
        var cold = Failed(Load(text.Replace("      warmup: 90s\n", "", StringComparison.Ordinal)));

        Assert.True(warm > cold, $"{warm} failed with the warm-up, {cold} without");
    }

    [Fact]
    public void Backbone_Withdrawn_BlindsTheInternalMonitoring()
    {
        var cell = Cell.Create(TestScenarios.Load("facebook-backbone-withdrawal"), 7);
        cell.RunUntil(2 * 60);
        Assert.DoesNotContain("no data", cell.Execute("metrics web errors --since 1m").Output, StringComparison.Ordinal);

        cell.RunUntil(6 * 60);

        Assert.Contains("no data", cell.Execute("metrics web errors --since 1m").Output, StringComparison.Ordinal);
    }

    private static long Failed(Scenario scenario)
    {
        var cell = Cell.Create(scenario, 7);
        cell.RunUntil(7 * 60);
        Assert.True(cell.Execute("config set service-control feature_flags quota_policy_checks=off").Ok);
        cell.RunUntil(20 * 60);
        return cell.GroundTruth.RequestTypes.Sum(r => r.Failed);
    }

    private static Scenario Load(string text)
    {
        var result = ScenarioLoader.Load(text, "variant.yaml");
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        return result.Scenario!;
    }
}

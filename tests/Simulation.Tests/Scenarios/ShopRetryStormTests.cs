using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Simulation.Tests.Scenarios;

public sealed class ShopRetryStormTests
{
    [Fact]
    public void TheStorm_OutlivesTheBlip()
    {
        var cell = Cell.Create(TestScenarios.Load("shop-retry-storm"), 5);

        cell.RunUntil(12 * 60);

        var product = cell.Health.RequestTypes.Single(r => r.Id == "product-page");
        Assert.True(product.SuccessRate < 0.8, $"product-page success {product.SuccessRate:P1}");
        Assert.Contains(cell.Alarms, a => a.RuleId == "shop-errors" && a.Firing);
    }

    [Fact]
    public void SheddingLoadAndRollingBack_RestoresTheShop()
    {
        var cell = Cell.Create(TestScenarios.Load("shop-retry-storm"), 5);
        cell.RunUntil(12 * 60);

        Assert.True(cell.Execute("ratelimit ingress 900").Ok);
        Assert.True(cell.Execute("kubectl rollout undo deployment/frontend").Ok);
        cell.RunUntil(16 * 60);
        Assert.True(cell.Execute("ratelimit ingress off").Ok);
        cell.RunUntil(30 * 60);

        Assert.True(cell.IsRestored, Faults.FaultDrill.Describe(cell));
        var truth = cell.GroundTruth;
        Assert.Equal(5, truth.ImpactStartMinute);
        Assert.False(truth.Ongoing);
        Assert.True(truth.RequestTypes.Single(r => r.RequestType == "product-page").FailedShare > 0.2);
    }

    [Fact]
    public void RestartingPods_DoesNotEndTheStorm()
    {
        var cell = Cell.Create(TestScenarios.Load("shop-retry-storm"), 5);
        cell.RunUntil(12 * 60);

        Assert.True(cell.Execute("kubectl rollout restart deployment/frontend").Ok);
        cell.RunUntil(30 * 60);

        Assert.False(cell.IsRestored);
    }

    /// <summary>Browsing follows the shop's day: 600 pages a second at 14:00, halfway up to the evening peak, and climbing.</summary>
    [Fact]
    public void BrowsingClimbsTowardsTheEveningPeak()
    {
        // The storm starts after the window measured here.
        var storm = "    at: 5m\n    parameters: { retries: \"5\"";
        var text = TestScenarios.Text("shop-retry-storm");
        Assert.Contains(storm, text, StringComparison.Ordinal);
        var quiet = text.Replace(storm, storm.Replace("5m", "100m", StringComparison.Ordinal), StringComparison.Ordinal);
        var loaded = Simulation.Scenarios.ScenarioLoader.Load(quiet, "quiet-shop.yaml");
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        var cell = Cell.Create(loaded.Scenario!, 5);
        // A minute's mean: each second's rate carries a few percent of noise.
        double MinuteMean(int minute)
        {
            var sum = 0.0;
            for (var second = (minute * 60) + 1; second <= (minute + 1) * 60; second++)
            {
                cell.RunUntil(second);
                sum += cell.Health.RequestTypes.Single(r => r.Id == "product-page").Attempted;
            }

            return sum / 60;
        }

        var atStart = MinuteMean(1);
        cell.RunUntil(89 * 60);
        var later = MinuteMean(89);

        Assert.InRange(atStart, 570, 630);
        // 14:00 to 15:30 on a curve from a trough of 500 at 08:00 to a peak of 700 at 20:00: about 6 % more.
        Assert.InRange(later / atStart, 1.03, 1.09);
    }
}

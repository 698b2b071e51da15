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
}

using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Tests.Cells;

public sealed class QueueTests
{
    private static Scenario ShopWithSmallQueueAndDeadWorkers()
    {
        var text = TestScenarios.Text("shop-retry-storm")
            .Replace("max_depth: 200000", "max_depth: 3000")
            .Replace("kind: retry-storm\n    target: product-page", "kind: process-crash\n    target: order-worker")
            .Replace("parameters: { retries: \"5\", blip_s: \"30\" }", "parameters: {}");
        var result = ScenarioLoader.Load(text, "queue.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result.Scenario!;
    }

    [Fact]
    public void DeadConsumers_FillTheQueue_ThenProducersAreRejected()
    {
        var cell = Cell.Create(ShopWithSmallQueueAndDeadWorkers(), 3);

        cell.RunUntil(6 * 60);
        var placeOrder = () => cell.Health.RequestTypes.Single(r => r.Id == "place-order");
        Assert.True(placeOrder().SuccessRate > 0.99, "orders are accepted while the queue has room");

        cell.RunUntil(10 * 60);

        Assert.True(placeOrder().SuccessRate < 0.1, $"orders should be rejected: {placeOrder().SuccessRate:P1}");
        Assert.Contains("kafka-1", cell.Execute("metrics kafka queue-depth --since 5m").Output);
        Assert.Contains(cell.GroundTruth.RequestTypes.Single(r => r.RequestType == "place-order").FailedByReason, p => p.Key == FailureReason.Overload);
    }

    [Fact]
    public void RestartingConsumers_DrainsTheBacklog()
    {
        var cell = Cell.Create(ShopWithSmallQueueAndDeadWorkers(), 3);
        cell.RunUntil(10 * 60);

        cell.Execute("svcadm clear order-worker");
        cell.RunUntil(20 * 60);

        Assert.True(cell.Health.RequestTypes.Single(r => r.Id == "place-order").SuccessRate > 0.99);
        Assert.True(cell.State.QueueBacklog[cell.State.Topology.ServiceIndex("kafka")] < 1);
    }
}

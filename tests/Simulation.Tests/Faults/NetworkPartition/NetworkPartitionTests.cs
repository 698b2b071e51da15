using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Simulation.Tests.Faults.NetworkPartition;

public sealed class NetworkPartitionTests
{
    private const string Inject = """
  - id: drill
    kind: network-partition
    target: us-east-3
    at: 1m
""";

    [Fact]
    public void Inject_HurtsRequests_AndShowsInTheTools()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, false), 11);

        cell.RunUntil(6 * 60);

        Assert.True(FaultDrill.Hurt(cell), FaultDrill.Describe(cell));
        Assert.Contains("100% packet loss", cell.Execute("ping webapi-1 webapi-3").Output + cell.Execute("ping webapi-1 webapi-5").Output + cell.Execute("ping webapi-1 webapi-6").Output);
    }

    [Fact]
    public void Remediation_RestoresService()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, false), 11);
        cell.RunUntil(6 * 60);

        FaultDrill.Run(cell, "drain us-east-3");
        cell.RunUntil(20 * 60);

        Assert.True(cell.IsRestored, FaultDrill.Describe(cell));
    }

    [Fact]
    public void Revert_ByTheInstigator_RestoresService()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, false), 11);
        cell.RunUntil(6 * 60);

        Assert.True(cell.Revert("drill").Ok);
        cell.RunUntil(20 * 60);

        Assert.True(FaultDrill.FailShare(cell) < 0.01, FaultDrill.Describe(cell));
    }
}

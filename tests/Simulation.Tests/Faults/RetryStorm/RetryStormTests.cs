using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Faults;

namespace PracticePlatform.Simulation.Tests.Faults.RetryStorm;

public sealed class RetryStormTests
{
    private const string Inject = """
  - id: drill
    kind: retry-storm
    target: get-object
    at: 1m
    parameters: { retries: "6", blip_s: "60" }
""";

    [Fact]
    public void Inject_HurtsRequests_AndShowsInTheTools()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, true), 11);

        cell.RunUntil(6 * 60);

        Assert.True(FaultDrill.Hurt(cell), FaultDrill.Describe(cell));
        Assert.False(cell.IsRestored);
    }

    [Fact]
    public void Remediation_RestoresService()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, true), 11);
        cell.RunUntil(6 * 60);

        FaultDrill.Run(cell, "ratelimit loadbalancer 700", "config rollback webapi");
        cell.RunUntil(20 * 60);

        Assert.True(cell.IsRestored, FaultDrill.Describe(cell));
    }

    [Fact]
    public void Revert_ByTheInstigator_RestoresService()
    {
        var cell = Cell.Create(FaultDrill.With(Inject, true), 11);
        cell.RunUntil(6 * 60);

        Assert.True(cell.Revert("drill").Ok);
        cell.RunUntil(20 * 60);

        Assert.True(FaultDrill.FailShare(cell) < 0.01, FaultDrill.Describe(cell));
    }

    [Theory]
    [InlineData("10", false)]
    [InlineData("many", false)]
    [InlineData("1", true)]
    public void OnlyARetryCountTheScenarioAccepts_FixesTheCause(string retries, bool fixes)
    {
        var cell = Cell.Create(FaultDrill.With(Inject, true), 11);
        cell.RunUntil(6 * 60);

        FaultDrill.Run(cell, $"config set webapi retries {retries}");

        Assert.Equal(fixes, cell.Faults.Single().Status == FaultStatus.Mitigated);
    }
}

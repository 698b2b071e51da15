using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Faults;
using PracticePlatform.Simulation.Tests.Faults;

namespace PracticePlatform.Simulation.Tests.Cells;

public sealed class InstigatorTests
{
    [Fact]
    public void Inject_ByIdAhead_OfSchedule_StartsTheFaultNow()
    {
        var cell = Cell.Create(TestScenarios.Manta, 5);
        cell.RunUntil(30);

        var result = cell.Inject("webapi-crash");

        Assert.True(result.Ok);
        Assert.Equal(30, cell.Faults.Single().InjectedAt);
        cell.RunUntil(400);
        Assert.Single(cell.Faults);
    }

    [Fact]
    public void Inject_UnknownId_IsExplained()
    {
        var cell = Cell.Create(TestScenarios.Manta, 5);

        var result = cell.Inject("webapi-crsh");

        Assert.False(result.Ok);
        Assert.Contains("did you mean 'webapi-crash'", result.Output);
    }

    [Fact]
    public void ClearAllFaults_RestoresTheCellAndDisarmsLaterInjects()
    {
        var cell = Cell.Create(TestScenarios.Manta, 5);
        cell.RunUntil(5 * 60);
        cell.Execute("db promote pg-3");

        cell.ClearAllFaults();
        cell.RunUntil(25 * 60);

        Assert.Equal(FaultStatus.Cleared, cell.Faults.Single().Status);
        Assert.True(FaultDrill.FailShare(cell) < 0.01, FaultDrill.Describe(cell));
        Assert.Contains("primary  pg-1", cell.Execute("manatee-adm pg-status").Output);
        Assert.Contains(cell.AlarmEventsSince(0), e => e.RuleId == "webapi-instances-unhealthy" && !e.Firing);
    }

    [Fact]
    public void Actions_AreLoggedInOrderWithTheirSecond()
    {
        var cell = Cell.Create(TestScenarios.Manta, 5);
        cell.RunUntil(10);
        cell.Execute("svcs", "ana");
        cell.RunUntil(20);
        cell.Revert("webapi-crash", "ben");

        Assert.Equal(
            [new CellAction(10, CellActionKind.Command, "svcs", "ana"), new CellAction(20, CellActionKind.Revert, "webapi-crash", "ben")],
            cell.Actions);
    }
}

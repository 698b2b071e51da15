using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Faults;

namespace PracticePlatform.Simulation.Tests.Faults.ProcessCrash;

public sealed class ProcessCrashTests
{
    [Fact]
    public void Crash_TakesInstancesDown_FiresAlarms_AndHurtsRequests()
    {
        var cell = Cell.Create(TestScenarios.Manta, 3);

        cell.RunUntil(15 * 60);

        var webapi = cell.Health.Services.Single(s => s.Id == "webapi");
        Assert.Equal(0, webapi.Online);
        Assert.Contains(cell.Alarms, a => a.RuleId == "webapi-instances-unhealthy" && a.Firing);
        Assert.True(cell.Health.RequestTypes.All(r => r.SuccessRate < 0.5));
        Assert.False(cell.IsRestored);
        Assert.Contains("maintenance", cell.Execute("svcs -xv webapi").Output);
    }

    [Fact]
    public void ClearingTheInstances_RestoresService()
    {
        var cell = Cell.Create(TestScenarios.Manta, 3);
        cell.RunUntil(15 * 60);

        var result = cell.Execute("svcadm clear webapi");
        cell.RunUntil(25 * 60);

        Assert.True(result.Ok && result.ChangedState);
        Assert.Equal(FaultStatus.Mitigated, cell.Faults.Single().Status);
        Assert.True(cell.IsRestored);
        var truth = cell.GroundTruth;
        Assert.Equal(3, truth.ImpactStartMinute);
        Assert.InRange(truth.ImpactEndMinute!.Value, 15, 16);
        Assert.All(truth.RequestTypes, r => Assert.InRange(r.FailedShare, 0.2, 0.95));
    }

    [Fact]
    public void DoingNothing_LeavesTheCellBroken()
    {
        var cell = Cell.Create(TestScenarios.Manta, 3);

        cell.RunUntil(45 * 60);

        Assert.False(cell.IsRestored);
        Assert.True(cell.GroundTruth.Ongoing);
    }
}

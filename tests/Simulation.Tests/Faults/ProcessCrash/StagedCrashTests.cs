using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Faults;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Tests.Faults.ProcessCrash;

/// <summary>A staged crash's later wave comes at its time whatever was cleared before, unless its cause was removed.</summary>
public sealed class StagedCrashTests
{
    [Fact]
    public void ClearingTheFirstWave_DoesNotCancelTheLaterWave()
    {
        var cell = Cell.Create(TestScenarios.Manta, 3);
        cell.RunUntil(6 * 60);
        Assert.True(cell.Execute("svcadm clear webapi").ChangedState);
        cell.RunUntil(11 * 60);
        Assert.Equal(6, Online(cell));
        Assert.Equal(FaultStatus.Mitigated, cell.Faults.Single().Status);

        cell.RunUntil(13 * 60);

        Assert.Equal(0, Online(cell));
        Assert.Equal(FaultStatus.Active, cell.Faults.Single().Status);
        Assert.Equal(12 * 60, cell.Faults.Single().EscalatedAt);
        cell.RunUntil(30 * 60);
        Assert.False(cell.IsRestored);
    }

    [Fact]
    public void ClearingAfterTheLaterWave_Restores()
    {
        var cell = Cell.Create(TestScenarios.Manta, 3);
        cell.RunUntil(6 * 60);
        cell.Execute("svcadm clear webapi");
        cell.RunUntil(13 * 60);
        cell.Execute("svcadm clear webapi");

        cell.RunUntil(25 * 60);

        Assert.True(cell.IsRestored);
        Assert.InRange(cell.GroundTruth.ImpactEndMinute!.Value, 12, 14);
    }

    [Fact]
    public void RemovingTheCause_BeforeTheLaterWave_SparesEveryInstance()
    {
        var cell = Cell.Create(WithFixableCause(), 3);
        cell.RunUntil(6 * 60);
        Assert.True(cell.Execute("config set webapi version release-20261103").Ok);
        cell.Execute("svcadm clear webapi");

        cell.RunUntil(25 * 60);

        Assert.Equal(6, Online(cell));
        Assert.Equal(FaultStatus.Mitigated, cell.Faults.Single().Status);
        Assert.True(cell.IsRestored);
    }

    [Fact]
    public void AValueTheRuleRejects_LeavesTheCause()
    {
        var cell = Cell.Create(WithFixableCause(), 3);
        cell.RunUntil(6 * 60);
        // The value changes the configuration, but the rule does not accept it: the cause stays.
        Assert.True(cell.Execute("config set webapi version release-20261101").Ok);
        Assert.True(cell.Execute("svcadm clear webapi").Ok);
        cell.RunUntil(11 * 60);
        Assert.Equal(6, Online(cell));

        cell.RunUntil(13 * 60);

        Assert.Equal(0, Online(cell));
    }

    [Fact]
    public void RemovingTheCause_WithoutClearing_LeavesTheFirstWaveDown_AndSparesTheRest()
    {
        var cell = Cell.Create(WithFixableCause(), 3);
        cell.RunUntil(6 * 60);
        cell.Execute("config set webapi version release-20261103");

        cell.RunUntil(13 * 60);

        Assert.Equal(3, Online(cell));
        Assert.Equal(FaultStatus.Active, cell.Faults.Single().Status);
    }

    private static int Online(Cell cell) => cell.Health.Services.Single(s => s.Id == "webapi").Online;

    private static Scenario WithFixableCause()
    {
        var original = TestScenarios.Text("manta-webapi-crash");
        Assert.Contains("    escalate_at: 12m\n", original, StringComparison.Ordinal);
        var text = original.Replace(
            "    escalate_at: 12m\n",
            "    escalate_at: 12m\n    parameters: { key: version, valid: release-20261103|release-20261104 }\n",
            StringComparison.Ordinal);
        var result = ScenarioLoader.Load(text, "fixable.yaml");
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        return result.Scenario!;
    }
}

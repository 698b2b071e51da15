using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Snapshots;

namespace PracticePlatform.Simulation.Tests.Cells;

/// <summary>
/// The cell decides when a scenario's stakeholder messages arrive, from its own simulated state: at their time, or
/// once their condition held for its delay. manta-mako-disk-full: support 1 minute after the impact starts, product
/// 5 minutes after alarm put-errors fires, an executive at 20:00. Arrivals are state like any other, so the same
/// inputs give the same arrivals and a cell restored from a snapshot goes on to the same ones.
/// </summary>
public sealed class StakeholderArrivalTests
{
    private const string Id = "manta-mako-disk-full";

    [Fact]
    public void Messages_ArriveAtTheirTime_AndOnTheirCellConditions()
    {
        var cell = Cell.Create(TestScenarios.Load(Id), 7);
        cell.RunUntil(25 * 60);

        var arrivals = cell.StakeholderArrivals.ToDictionary(a => a.Id, a => a.Second);
        var firing = cell.AlarmEventsSince(0).First(e => e.RuleId == "put-errors" && e.Firing).Second;

        Assert.Equal(3, arrivals.Count);
        Assert.Equal(1200, arrivals["exec-heads-up"]);
        Assert.Equal(firing + 300, arrivals["product-eta"]);
        // The impact is known when its first impacted minute ends (second 59), as the ground truth counts minutes.
        var impactStart = cell.GroundTruth.ImpactStartMinute!.Value;
        Assert.Equal((impactStart * 60) + 59 + 60, arrivals["support-tickets"]);
    }

    [Fact]
    public void AConditionThatNeverHolds_BringsNoMessage()
    {
        // Freed at once, before the disks fill: no impact, no alarm; only the executive's timed message comes.
        var cell = Cell.Create(TestScenarios.Load(Id), 7);
        cell.RunUntil((3 * 60) + 1);
        cell.ClearAllFaults();
        cell.RunUntil(25 * 60);

        Assert.Equal(["exec-heads-up"], cell.StakeholderArrivals.Select(a => a.Id));
    }

    [Fact]
    public void Arrivals_AreTheSameForTheSameInputs_AndARestoredCellGoesOnToTheSameOnes()
    {
        var scenario = TestScenarios.Load(Id);
        var original = Cell.Create(scenario, 7);
        original.RunUntil(5 * 60);
        original.Execute("df -h");
        var snapshot = CellSnapshot.Parse(original.Snapshot().ToArray());
        original.RunUntil(25 * 60);

        var restored = Cell.Replay(scenario, 7, snapshot, original.Actions, 25 * 60);
        var again = Cell.Replay(scenario, 7, original.Actions, 25 * 60);

        Assert.NotEmpty(original.StakeholderArrivals);
        Assert.Equal(original.StakeholderArrivals, restored.StakeholderArrivals);
        Assert.Equal(original.StakeholderArrivals, again.StakeholderArrivals);
        Assert.True(original.Snapshot().ToArray().AsSpan().SequenceEqual(restored.Snapshot().ToArray()), "the restored cell's state differs");
        Assert.Equal(original.Digest, restored.Digest);
    }
}

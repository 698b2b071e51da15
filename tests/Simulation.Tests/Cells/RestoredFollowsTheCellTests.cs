using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Simulation.Tests.Cells;

/// <summary>Restored does not latch: a later wave after the criteria held makes the cell unrestored, and the truth's impact runs on.</summary>
public sealed class RestoredFollowsTheCellTests
{
    [Fact]
    public void ALaterWave_AfterTheCriteriaHeld_UnrestoresTheCell_AndExtendsTheImpact()
    {
        var cell = Cell.Create(TestScenarios.Manta, 3);
        cell.RunUntil(4 * 60);
        cell.Execute("svcadm clear webapi");
        cell.RunUntil(11 * 60 + 59);
        Assert.True(cell.IsRestored);
        var before = cell.GroundTruth;
        Assert.InRange(before.ImpactEndMinute!.Value, 3, 5);

        cell.RunUntil(16 * 60);

        Assert.False(cell.IsRestored);
        Assert.All(cell.ResolutionReport.Where(c => c.Criterion.Kind == Simulation.Scenarios.ResolutionKind.FaultCleared), c => Assert.False(c.Met));
        var after = cell.GroundTruth;
        Assert.Equal(before.ImpactStartMinute, after.ImpactStartMinute);
        Assert.True(after.Ongoing);
        Assert.True(after.ImpactEndMinute >= 12, $"impact ends at minute {after.ImpactEndMinute}");
    }
}

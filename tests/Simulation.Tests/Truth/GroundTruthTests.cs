using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Tests.Faults;

namespace PracticePlatform.Simulation.Tests.Truth;

public sealed class GroundTruthTests
{
    [Fact]
    public void Counts_AreExact_AndAddUp()
    {
        var cell = Cell.Create(TestScenarios.Manta, 12);
        var attempted = 0L;
        var failed = 0L;
        for (var second = 0; second < 20 * 60; second++)
        {
            cell.Tick();
            attempted += cell.Health.RequestTypes.Sum(r => r.Attempted);
            failed += cell.Health.RequestTypes.Sum(r => r.Failed);
        }

        var truth = cell.GroundTruth;
        Assert.Equal(20, truth.CompletedMinutes);
        Assert.Equal(attempted, truth.RequestTypes.Sum(r => r.Minutes.Sum(m => m.Attempted)));
        Assert.Equal(failed, truth.RequestTypes.Sum(r => r.Minutes.Sum(m => m.Failed)));
        foreach (var type in truth.RequestTypes)
        {
            Assert.All(type.Minutes, m => Assert.Equal(m.Failed, m.FailedByReason.Values.Sum()));
            var window = type.Minutes.Where(m => m.Minute >= truth.ImpactStartMinute && m.Minute <= truth.ImpactEndMinute).ToArray();
            Assert.Equal(window.Sum(m => m.Attempted), type.Attempted);
            Assert.Equal(window.Sum(m => m.Failed), type.Failed);
            Assert.Equal(type.Failed / (double)type.Attempted, type.FailedShare, 9);
            Assert.All(type.Minutes, m => Assert.True(m.P50 <= m.P95 && m.P95 <= m.P99));
        }
    }

    [Fact]
    public void NoFaults_MeansNoImpactWindow()
    {
        var cell = Cell.Create(FaultDrill.With("  - id: drill\n    kind: process-crash\n    target: webapi-1\n", faultMustBeCleared: false), 12);

        cell.RunUntil(30 * 60);

        Assert.Null(cell.GroundTruth.ImpactStartMinute);
        Assert.False(cell.GroundTruth.Ongoing);
        Assert.True(cell.IsRestored);
    }
}

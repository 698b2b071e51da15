using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Snapshots;
using PracticePlatform.Simulation.Truth;

namespace PracticePlatform.Simulation.Tests.Truth;

/// <summary>
/// The charts' 10-second buckets: exact counts that add up to the minutes, the last hour kept, deterministic,
/// carried whole by a snapshot, and no p99 when no request succeeded.
/// </summary>
public sealed class TenSecondTruthTests
{
    [Fact]
    public void Buckets_AreEvery10Seconds_AndAddUpToTheMinutes()
    {
        var cell = Cell.Create(TestScenarios.Manta, 12);

        cell.RunUntil((20 * 60) + 7);

        var truth = cell.GroundTruth;
        foreach (var series in cell.TenSecondTruth)
        {
            Assert.Equal(120, series.Buckets.Length);
            Assert.Equal(Enumerable.Range(0, 120).Select(k => k * 10L), series.Buckets.Select(b => b.Second));
            var minutes = truth.RequestTypes.Single(r => r.RequestType == series.RequestType).Minutes;
            foreach (var minute in minutes)
            {
                var six = series.Buckets.Where(b => b.Second / 60 == minute.Minute).ToArray();
                Assert.Equal(6, six.Length);
                Assert.Equal(minute.Attempted, six.Sum(b => b.Attempted));
                Assert.Equal(minute.Failed, six.Sum(b => b.Failed));
            }
        }
    }

    [Fact]
    public void NoBucket_BeforeTheFirst10Seconds()
    {
        var cell = Cell.Create(TestScenarios.Manta, 12);

        cell.RunUntil(9);
        Assert.All(cell.TenSecondTruth, s => Assert.Empty(s.Buckets));

        cell.RunUntil(10);
        Assert.All(cell.TenSecondTruth, s => Assert.Equal(0, Assert.Single(s.Buckets).Second));
    }

    [Fact]
    public void TheLastHour_IsKept_AfterTheRingWraps()
    {
        var cell = Cell.Create(TestScenarios.Manta, 12);

        cell.RunUntil((70 * 60) + 3);

        foreach (var series in cell.TenSecondTruth)
        {
            Assert.Equal(360, series.Buckets.Length);
            Assert.Equal(600, series.Buckets[0].Second);
            Assert.Equal((70 * 60) - 10, series.Buckets[^1].Second);
        }
    }

    [Fact]
    public void ATotalOutage_HasSuccessZero_AndNoP99()
    {
        var cell = Cell.Create(TestScenarios.Manta, 3);

        cell.RunUntil(15 * 60);

        var buckets = cell.TenSecondTruth.SelectMany(s => s.Buckets).ToArray();
        var outage = buckets.Where(b => b.Attempted > 0 && b.Failed == b.Attempted).ToArray();
        Assert.NotEmpty(outage);
        Assert.All(outage, b => Assert.Null(b.P99));
        Assert.All(buckets.Where(b => b.Failed < b.Attempted), b => Assert.True(b.P99 > 0, $"second {b.Second}"));
        // The webapi crash escalates to every instance at minute 12: from then on nothing succeeds.
        Assert.All(buckets.Where(b => b.Second >= (13 * 60)), b => Assert.Equal(b.Attempted, b.Failed));
    }

    [Fact]
    public void Buckets_AreIdenticalAcrossIndependentRuns()
    {
        var first = Cell.Create(TestScenarios.Manta, 77);
        var second = Cell.Create(TestScenarios.Manta, 77);

        first.RunUntil(25 * 60);
        second.RunUntil(25 * 60);

        Assert.Equal(Flat(first.TenSecondTruth), Flat(second.TenSecondTruth));
    }

    [Theory]
    [InlineData(615)]
    [InlineData(3605)]
    [InlineData(4000)]
    public void ARestoredCell_KeepsTheBuckets_AndContinuesThemIdentically(long at)
    {
        var original = Cell.Create(TestScenarios.Manta, 5);
        original.RunUntil(at);
        original.Execute("svcadm restart webapi");
        var snapshot = CellSnapshot.Parse(original.Snapshot().ToArray());

        var restored = Cell.Restore(TestScenarios.Manta, snapshot);
        Assert.Equal(Flat(original.TenSecondTruth), Flat(restored.TenSecondTruth));

        original.RunUntil(at + 1234);
        var resumed = Cell.Replay(TestScenarios.Manta, 5, snapshot, original.Actions, original.Now);
        Assert.Equal(Flat(original.TenSecondTruth), Flat(resumed.TenSecondTruth));
        Assert.True(original.Snapshot().ToArray().AsSpan().SequenceEqual(resumed.Snapshot().ToArray()));
    }

    private static string[] Flat(IEnumerable<RequestTypeTenSeconds> series) =>
        [.. series.SelectMany(s => s.Buckets.Select(b => $"{s.RequestType} {b.Second} {b.Attempted} {b.Failed} {b.P99}"))];
}

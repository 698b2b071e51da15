using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Faults;
using PracticePlatform.Simulation.Snapshots;

namespace PracticePlatform.Simulation.Tests.Snapshots;

/// <summary>
/// A snapshot captures everything that influences the future: a cell restored from one and run on (replaying the
/// actions logged after it) ends in the same state as the original, byte for byte, not only by digest.
/// </summary>
public sealed class CellSnapshotTests
{
    [Theory]
    [MemberData(nameof(SnapshotRun.ScenariosAndSeeds), MemberType = typeof(SnapshotRun))]
    public void ARestoredCell_RunOnWithTheLaterActions_EndsIdenticalToTheOriginal(string id, ulong seed)
    {
        var run = SnapshotRun.Play(id, seed);
        var final = run.Cell.Snapshot().ToArray();

        Assert.NotEmpty(run.Taken);
        foreach (var (snapshot, digest) in run.Taken)
        {
            var stored = CellSnapshot.Parse(snapshot.ToArray());
            var resumed = Cell.Replay(run.Scenario, seed, stored, run.Cell.Actions, run.End);

            Assert.True(final.AsSpan().SequenceEqual(resumed.Snapshot().ToArray()), $"{id} seed {seed}: state differs at {run.End} after restoring the snapshot of second {snapshot.Second}");
            Assert.Equal(run.Cell.Digest, resumed.Digest);
            Assert.Equal(run.Cell.Now, resumed.Now);
            Assert.Equal(run.Cell.Actions, resumed.Actions);
            Assert.Equal(run.Cell.AlarmEventsSince(0), resumed.AlarmEventsSince(0));
            Assert.Equal(TenSeconds(run.Cell), TenSeconds(resumed));
            Assert.NotEqual("", digest);
        }
    }

    [Theory]
    [MemberData(nameof(SnapshotRun.ScenariosAndSeeds), MemberType = typeof(SnapshotRun))]
    public void ARestoredCell_IsTheCellAtTheSnapshot(string id, ulong seed)
    {
        var run = SnapshotRun.Play(id, seed);

        foreach (var (snapshot, digest) in run.Taken)
        {
            var restored = Cell.Restore(run.Scenario, snapshot);

            Assert.Equal(digest, restored.Digest);
            Assert.All(restored.TenSecondTruth, series => Assert.Equal(Math.Min(360, snapshot.Second / 10), series.Buckets.Length));
            Assert.Equal(snapshot.Second, restored.Now);
            Assert.Equal(snapshot.ActionCount, restored.Actions.Count);
            Assert.True(snapshot.ToArray().AsSpan().SequenceEqual(restored.Snapshot().ToArray()), $"{id}: restoring second {snapshot.Second} changed the state");
        }
    }

    [Theory]
    [MemberData(nameof(Catalog.BuiltInScenarios.Ids), MemberType = typeof(Catalog.BuiltInScenarios))]
    public void SnapshotBytes_AreIdenticalAcrossIndependentRuns(string id)
    {
        var first = SnapshotRun.Play(id, 11);
        var second = SnapshotRun.Play(id, 11);

        Assert.Equal(first.Taken.Count, second.Taken.Count);
        for (var k = 0; k < first.Taken.Count; k++)
        {
            Assert.Equal(first.Taken[k].Snapshot.Second, second.Taken[k].Snapshot.Second);
            Assert.Equal(first.Taken[k].Snapshot.ToArray(), second.Taken[k].Snapshot.ToArray());
        }

        Assert.Equal(first.Cell.Snapshot().ToArray(), second.Cell.Snapshot().ToArray());
    }

    [Fact]
    public void ASnapshot_NamesWhatItIsOf()
    {
        var cell = Cell.Create(TestScenarios.Manta, 42);
        cell.RunUntil(400);
        cell.Execute("svcs -xv");
        var snapshot = CellSnapshot.Parse(cell.Snapshot().ToArray());

        Assert.Equal(TestScenarios.Manta.Id, snapshot.ScenarioId);
        Assert.Equal(TestScenarios.Manta.Version, snapshot.ScenarioVersion);
        Assert.Equal(42UL, snapshot.Seed);
        Assert.Equal(400, snapshot.Second);
        Assert.Equal(1, snapshot.ActionCount);
    }

    [Fact]
    public void ACellSnapshottedAsAFixedFaultsCauseReturns_ContinuesIdentically()
    {
        var scenario = TestScenarios.Load("manta-webapi-bad-config-push");
        var cell = Cell.Create(scenario, 5);
        cell.RunUntil(7 * 60);
        cell.Execute("config rollback webapi");
        cell.RunUntil(15 * 60);
        cell.Execute("config set webapi max_sockets 2");
        var snapshot = CellSnapshot.Parse(cell.Snapshot().ToArray());
        cell.RunUntil(30 * 60);

        var resumed = Cell.Replay(scenario, 5, snapshot, cell.Actions, cell.Now);

        Assert.Equal(FaultStatus.Active, cell.Faults.Single().Status);
        Assert.True(cell.Snapshot().ToArray().AsSpan().SequenceEqual(resumed.Snapshot().ToArray()));
        Assert.Equal(cell.Digest, resumed.Digest);
    }

    /// <summary>The charts' 10-second buckets, flattened for comparison.</summary>
    private static string[] TenSeconds(Cell cell) =>
        [.. cell.TenSecondTruth.SelectMany(s => s.Buckets.Select(b => $"{s.RequestType} {b.Second} {b.Attempted} {b.Failed} {b.P99}"))];
}

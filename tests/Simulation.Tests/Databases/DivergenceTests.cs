using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Simulation.Tests.Databases;

/// <summary>An old primary whose timeline forked at a promotion stays out of replication until rebuilt.</summary>
public sealed class DivergenceTests
{
    private const string LagThenCrash = """
        [ { id: lag, kind: replication-lag, target: main, at: 1m, parameters: { rate: "2" } },
          { id: crash, kind: process-crash, target: db-1, at: 3m } ]
        """;

    [Fact]
    public void FailoverOntoALaggingSync_LeavesTheOldPrimaryDiverged_NotReplicating_UntilRebuilt()
    {
        var cell = DatabaseShard.Create(LagThenCrash);
        cell.RunUntil(240);
        var db = cell.State.Databases[0];
        Assert.Equal(DatabaseShard.Peer(cell, "db-2"), db.Primary);
        Assert.True(db.LostWrites > 0);
        Assert.Equal([DatabaseShard.Peer(cell, "db-1")], db.Diverged);

        Assert.True(cell.Execute("svcadm clear db-1").Ok);
        cell.RunUntil(300);
        Assert.Equal("diverged", db.RoleOf(DatabaseShard.Peer(cell, "db-1")));
        Assert.Contains("diverged timeline", cell.Execute("db status main").Output);

        Assert.Contains("as async replica", cell.Execute("db rebuild db-1").Output);
        cell.RunUntil(330);
        Assert.Empty(db.Diverged);
        Assert.Equal(0, db.DivergedWrites);
        Assert.Contains(DatabaseShard.Peer(cell, "db-1"), db.Async);
    }

    [Fact]
    public void FailoverOntoACaughtUpSync_OnlyDeposesTheOldPrimary()
    {
        var cell = DatabaseShard.Create("[ { id: crash, kind: process-crash, target: db-1, at: 1m } ]");
        cell.RunUntil(180);
        var db = cell.State.Databases[0];
        Assert.Equal(DatabaseShard.Peer(cell, "db-2"), db.Primary);
        Assert.Empty(db.Diverged);
        Assert.Equal([DatabaseShard.Peer(cell, "db-1")], db.Deposed);
        Assert.Equal(0, db.LostWrites);
    }

    [Fact]
    public void PromotingWhileThePrimaryStillServes_LosesTheWritesStaleClientsSendIt()
    {
        var cell = DatabaseShard.Create();
        cell.RunUntil(60);
        Assert.True(cell.Execute("db promote db-2").Ok);
        cell.RunUntil(90);
        var db = cell.State.Databases[0];
        Assert.Equal(5 * 60, db.LostWrites);
        Assert.Equal(5 * 60, db.DivergedWrites);
        Assert.Equal("diverged", db.RoleOf(DatabaseShard.Peer(cell, "db-1")));
    }

    [Fact]
    public void ASnapshotInTheStaleWindow_ContinuesLikeTheOriginal()
    {
        var cell = DatabaseShard.Create();
        cell.RunUntil(60);
        cell.Execute("db promote db-2");
        cell.RunUntil(62);
        var restored = Cell.Restore(cell.Scenario, cell.Snapshot());
        cell.RunUntil(90);
        restored.RunUntil(90);
        Assert.Equal(cell.State.Databases[0].LostWrites, restored.State.Databases[0].LostWrites);
        Assert.Equal(cell.State.Databases[0].Diverged, restored.State.Databases[0].Diverged);
        Assert.Equal(cell.Digest, restored.Digest);
    }

    [Fact]
    public void PromotingTheDeposedPeerBack_LosesEverythingWrittenSinceItLeft()
    {
        var cell = DatabaseShard.Create("[ { id: crash, kind: process-crash, target: db-1, at: 1m } ]");
        cell.RunUntil(180);
        Assert.True(cell.Execute("svcadm clear db-1").Ok);
        cell.RunUntil(240);
        Assert.Equal(0, cell.State.Databases[0].LostWrites);
        Assert.Contains("WARNING", cell.Execute("db promote db-1").Output);
        cell.RunUntil(250);
        Assert.True(cell.State.Databases[0].LostWrites > 100 * 60);
    }

    [Fact]
    public void PgStatus_ShowsTheOldPrimaryAsDiverged_AfterAPromotionWhileItServed()
    {
        var cell = Cell.Create(TestScenarios.Load("manta-manatee-stuck-failover"), 1);
        cell.RunUntil(60);
        Assert.True(cell.Execute("manatee-adm promote pg-2").Ok);
        cell.RunUntil(70);
        Assert.Matches(@"diverged +pg-1 .*diverged timeline: rebuild", cell.Execute("manatee-adm pg-status shard-1").Output);
    }
}

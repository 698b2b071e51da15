using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Simulation.Tests.Databases;

/// <summary>A planned switchover hands over to the caught-up sync with a short write pause and nothing lost.</summary>
public sealed class SwitchoverTests
{
    [Fact]
    public void Switchover_PromotesTheSync_DemotesThePrimaryToSync_AndLosesNothing()
    {
        var cell = DatabaseShard.Create();
        cell.RunUntil(60);
        var result = cell.Execute("db switchover main");
        Assert.True(result.Ok, result.Output);
        cell.RunUntil(120);
        var db = cell.State.Databases[0];
        Assert.Equal(DatabaseShard.Peer(cell, "db-2"), db.Primary);
        Assert.Equal(DatabaseShard.Peer(cell, "db-1"), db.Sync);
        Assert.Equal(0, db.LostWrites);
        Assert.Empty(db.Diverged);
    }

    [Fact]
    public void Switchover_PausesWritesForAFewSeconds_NotReads()
    {
        var cell = DatabaseShard.Create();
        cell.RunUntil(60);
        cell.Execute("db switchover main db-2");
        var service = cell.State.Topology.DatabaseService[0];
        cell.RunUntil(61);
        Assert.Equal(1, cell.State.ServiceWrite[service].FailShare);
        Assert.Equal(0, cell.State.ServiceRead[service].FailShare);
        Assert.Contains("writes paused", cell.Execute("db status main").Output);
        cell.RunUntil(64);
        Assert.Equal(0, cell.State.ServiceWrite[service].FailShare);
    }

    [Fact]
    public void Switchover_IsRefused_WhenTheSyncLags()
    {
        var cell = DatabaseShard.Create("[ { id: lag, kind: replication-lag, target: main, at: 1m, parameters: { rate: \"2\" } } ]");
        cell.RunUntil(180);
        var result = cell.Execute("db switchover main");
        Assert.False(result.Ok);
        Assert.Contains("behind", result.Output);
        Assert.Equal(DatabaseShard.Peer(cell, "db-1"), cell.State.Databases[0].Primary);
    }

    [Fact]
    public void Switchover_ToTheAsyncPeer_IsRefused()
    {
        var cell = DatabaseShard.Create();
        cell.RunUntil(60);
        var result = cell.Execute("db switchover main db-3");
        Assert.False(result.Ok);
        Assert.Contains("not the synchronous peer", result.Output);
    }

    [Fact]
    public void Switchover_IsRefused_WhenThePrimaryIsDown()
    {
        var cell = DatabaseShard.Create("[ { id: crash, kind: process-crash, target: db-1, at: 1m } ]");
        cell.RunUntil(70);
        var result = cell.Execute("db switchover main");
        Assert.False(result.Ok);
        Assert.Contains("fail over instead", result.Output);
    }

    [Fact]
    public void ASnapshotDuringThePause_ContinuesThePause()
    {
        var cell = DatabaseShard.Create();
        cell.RunUntil(60);
        cell.Execute("db switchover main");
        cell.RunUntil(61);
        var restored = Cell.Restore(cell.Scenario, cell.Snapshot());
        restored.RunUntil(62);
        Assert.Equal(1, restored.State.ServiceWrite[restored.State.Topology.DatabaseService[0]].FailShare);
        cell.RunUntil(70);
        restored.RunUntil(70);
        Assert.Equal(cell.Digest, restored.Digest);
    }
}

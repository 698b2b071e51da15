using System.Globalization;
using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Snapshots;

namespace PracticePlatform.Simulation.Tests.Faults.LinkPartition;

/// <summary>A cut between two groups: each side keeps working inside itself, calls and replication across fail.</summary>
public sealed class LinkPartitionTests
{
    private const int Cut = 180;

    [Fact]
    public void Ping_FailsAcrossTheCut_AndSucceedsWithinEachSide()
    {
        var cell = Cell.Create(SplitDrill.Lasting(), 3);
        cell.RunUntil(Cut - 10);
        Assert.True(SplitDrill.PingOk(cell, "rails-1", "mysql-west-1"));

        cell.RunUntil(Cut + 10);

        Assert.False(SplitDrill.PingOk(cell, "rails-1", "mysql-west-1"));
        Assert.False(SplitDrill.PingOk(cell, "orchestrator-cloud", "mysql-east-1"));
        Assert.True(SplitDrill.PingOk(cell, "rails-1", "mysql-east-1"));
        Assert.True(SplitDrill.PingOk(cell, "orchestrator-west", "mysql-west-1"));
        Assert.True(SplitDrill.PingOk(cell, "orchestrator-cloud", "mysql-west-1"));
    }

    [Fact]
    public void TheCut_HealsAfterHealAfter()
    {
        var cell = Cell.Create(SplitDrill.Edited(), 3);
        cell.RunUntil(Cut + 10);
        Assert.False(SplitDrill.PingOk(cell, "rails-1", "mysql-west-1"));

        cell.RunUntil(Cut + 60);

        Assert.True(SplitDrill.PingOk(cell, "rails-1", "mysql-west-1"));
    }

    [Fact]
    public void AServiceWithCallersOnBothSides_FailsPartly_OnlyForTheCallsAcross()
    {
        // Host east-1 (frontend-1, rails-1, rails-4) is cut from host east-3 (rails-3); east-2 is on neither side.
        var cell = Cell.Create(SplitDrill.Edited(
            ("target: dc-east", "target: east-1"),
            ("heal_after: \"43\"", "heal_after: \"0\", other: east-3")), 3);
        var rails = cell.State.Topology.ServiceIndex("rails");
        cell.RunUntil(Cut - 10);
        Assert.Equal(0, cell.State.ServiceRead[rails].FailShare);

        cell.RunUntil(Cut + 30);

        // Half the calls into rails come from frontend-1 and a quarter of them go to rails-3: one in eight times out.
        Assert.InRange(cell.State.ServiceRead[rails].FailShare, 0.09, 0.16);
        Assert.Equal(0, cell.State.ServiceRead[cell.State.Topology.ServiceIndex("mysql")].FailShare);
        Assert.False(SplitDrill.PingOk(cell, "frontend-1", "rails-3"));
        Assert.True(SplitDrill.PingOk(cell, "frontend-2", "rails-3"));
        Assert.True(SplitDrill.PingOk(cell, "frontend-1", "rails-2"));
        Assert.Equal("mysql-east-1", SplitDrill.Primary(cell));
    }

    [Fact]
    public void APrimaryCutOffFromTheQuorum_IsReplacedOnTheQuorumSide_AndKeepsTakingItsSidesWrites()
    {
        var cell = Cell.Create(SplitDrill.Lasting(), 3);
        cell.RunUntil(Cut + 25);
        Assert.Equal("mysql-east-1", SplitDrill.Primary(cell));
        Assert.Equal(0, SplitDrill.LostWrites(cell));

        cell.RunUntil(Cut + 40);
        Assert.Equal("mysql-west-1", SplitDrill.Primary(cell));
        var atFailover = SplitDrill.LostWrites(cell);

        // The async West peer missed about 30 s of writes, and the old primary goes on taking East's writes.
        Assert.InRange(atFailover, 120 * 25, 120 * 45);
        cell.RunUntil(Cut + 100);
        Assert.True(SplitDrill.LostWrites(cell) >= atFailover + (120 * 50), $"{SplitDrill.LostWrites(cell)}");
        Assert.Equal(cell.State.Topology.InstanceIndex("mysql-east-1"), cell.State.SplitBrainOf(0));

        // Split brain answers East's writes: nobody in the East notices.
        Assert.True(FaultDrill.FailShare(cell) < 0.02, FaultDrill.Describe(cell));
    }

    /// <summary>Writes at stake follow the traffic's shape: a surge in pushes during the split loses that many more.</summary>
    [Fact]
    public void ASurgeDuringTheSplit_LosesItsWritesToo()
    {
        long LostAfterFailover(Simulation.Scenarios.Scenario scenario)
        {
            var cell = Cell.Create(scenario, 3);
            cell.RunUntil(Cut + 40);
            var atFailover = SplitDrill.LostWrites(cell);
            cell.RunUntil(Cut + 100);
            return SplitDrill.LostWrites(cell) - atFailover;
        }

        const string Push = "- { id: git-push, rate: 120, write: true, path: [frontend, rails, mysql], timeout: 10s, retries: 1, slo_ms: 300";
        var flat = LostAfterFailover(SplitDrill.Lasting());
        var surged = LostAfterFailover(SplitDrill.Edited(("heal_after: \"43\"", "heal_after: \"0\""), (Push, Push + ", shape: { surge: 2m..20m, surge_factor: 3 }")));

        Assert.InRange(surged, flat * 2.7, flat * 3.3);
    }

    /// <summary>A slow but quorate coordination service slows the failover after a cut as it slows any failover.</summary>
    [Fact]
    public void ASlowCoordinationService_DelaysTheFailoverAfterACut()
    {
        var slow = SplitDrill.Edited(
            ("heal_after: \"43\"", "heal_after: \"0\""),
            ("    parameters: { heal_after: \"0\" }\n", "    parameters: { heal_after: \"0\" }\n  - { id: slow-raft, kind: coordination-slow, target: orchestrator-west, at: 1m, parameters: { latency: \"1500\" } }\n"));
        var quick = Cell.Create(SplitDrill.Lasting(), 3);
        var delayed = Cell.Create(slow, 3);

        quick.RunUntil(Cut + 40);
        delayed.RunUntil(Cut + 40);

        Assert.Equal("mysql-west-1", SplitDrill.Primary(quick));
        Assert.Equal("mysql-east-1", SplitDrill.Primary(delayed));
        delayed.RunUntil(Cut + 300);
        Assert.Equal("mysql-west-1", SplitDrill.Primary(delayed));
    }

    [Fact]
    public void ASynchronousReplicaAcrossTheCut_BlocksCommits_SoNothingDiverges()
    {
        var cell = Cell.Create(SplitDrill.Edited(
            ("heal_after: \"43\"", "heal_after: \"0\""),
            ("sync: mysql-east-2, async: [mysql-west-1]", "sync: mysql-west-1, async: [mysql-east-2]")), 3);
        cell.RunUntil(Cut + 20);

        Assert.True(cell.Health.RequestTypes.Single(r => r.Id == "git-push").SuccessRate < 0.5, FaultDrill.Describe(cell));

        cell.RunUntil(Cut + 100);

        Assert.Equal("mysql-west-1", SplitDrill.Primary(cell));
        Assert.Equal(-1, cell.State.SplitBrainOf(0));
        Assert.Equal(0, SplitDrill.LostWrites(cell));
    }

    [Fact]
    public void APrimaryOnTheQuorumsSide_StaysPrimary()
    {
        // Only East and West are cut apart; the cloud member reaches both, and East holds two of three members.
        var cell = Cell.Create(SplitDrill.Edited(
            ("heal_after: \"43\"", "heal_after: \"0\", other: dc-west"),
            ("{ id: orchestrator-west, host: west-2 }", "{ id: orchestrator-west, host: east-3 }")), 3);

        cell.RunUntil(Cut + 120);

        Assert.Equal("mysql-east-1", SplitDrill.Primary(cell));
    }

    [Fact]
    public void AfterTheCutHeals_TheOldPrimaryHasDiverged_PromotingItBackLosesWrites_RebuildingItFirstDoesNot()
    {
        var straight = Cell.Create(SplitDrill.Edited(), 3);
        var rebuilt = Cell.Create(SplitDrill.Edited(), 3);
        straight.RunUntil(Cut + 120);
        rebuilt.RunUntil(Cut + 120);
        var lost = SplitDrill.LostWrites(straight);
        Assert.Contains(straight.State.Events, e => e.Message.Contains("writes taken since the split diverged"));

        Assert.True(straight.Execute("db promote mysql-east-1").Ok);
        Assert.True(rebuilt.Execute("db rebuild mysql-east-1").Ok);
        rebuilt.RunUntil(Cut + 130);
        Assert.True(rebuilt.Execute("db promote mysql-east-1").Ok);
        straight.RunUntil(Cut + 200);
        rebuilt.RunUntil(Cut + 200);

        Assert.True(SplitDrill.LostWrites(straight) > lost + (120 * 30), $"{lost} then {SplitDrill.LostWrites(straight)}");
        // Only the second and a half an asynchronous peer always trails by, and the few seconds clients still write to
        // the running West primary after the promotion (a promotion is not a switchover): far less than the split's.
        Assert.InRange(SplitDrill.LostWrites(rebuilt), lost, lost + (120 * 7));
        Assert.Equal("mysql-east-1", SplitDrill.Primary(rebuilt));
    }

    /// <summary>
    /// Failing back to the fork without a rebuild keeps the writes only the fork held (the split's and those the
    /// West peer never replicated): lost are the writes the West took since the failover, not both forks' writes.
    /// </summary>
    [Fact]
    public void PromotingTheForkBack_LosesOnlyWhatTheOtherForkTookSince()
    {
        var cell = Cell.Create(SplitDrill.Edited(), 3);
        cell.RunUntil(Cut + 120);
        var fork = cell.State.Databases[0].DivergedWrites;
        var lostBefore = SplitDrill.LostWrites(cell);
        var lag = cell.State.Instances[cell.State.Topology.InstanceIndex("mysql-east-1")].Lag;
        // What db status says the fork holds is the split's writes too, not only the West peer's replication lag.
        Assert.InRange(fork, lostBefore * 0.95, lostBefore);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"~{fork} writes the primary never got"), cell.Execute("db status repos-db").Output, StringComparison.Ordinal);

        Assert.True(cell.Execute("db promote mysql-east-1").Ok);

        var since = lag * 120;
        Assert.InRange(SplitDrill.LostWrites(cell), since * 0.9, (since * 1.1) + (lostBefore - fork));
        Assert.Contains(cell.State.Events, e => e.Message.Contains($"its ~{fork} writes are live again", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Cut + 20)]
    [InlineData(Cut + 35)]
    [InlineData(Cut + 300)]
    public void ACellSnapshottedDuringACutOrASplitBrain_ContinuesIdentically(int at)
    {
        var scenario = SplitDrill.Lasting();
        var cell = Cell.Create(scenario, 3);
        cell.RunUntil(at);
        var snapshot = CellSnapshot.Parse(cell.Snapshot().ToArray());
        cell.RunUntil(at + 60);
        Assert.True(cell.Execute("db rebuild mysql-east-1").Ok);
        cell.RunUntil(at + 120);

        var resumed = Cell.Replay(scenario, 3, snapshot, cell.Actions, cell.Now);

        Assert.True(cell.Snapshot().ToArray().AsSpan().SequenceEqual(resumed.Snapshot().ToArray()));
        Assert.Equal(cell.Digest, resumed.Digest);
        Assert.Equal(SplitDrill.LostWrites(cell), SplitDrill.LostWrites(resumed));
    }
}

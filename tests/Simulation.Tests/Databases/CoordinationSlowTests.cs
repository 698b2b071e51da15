using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Simulation.Tests.Databases;

/// <summary>A slow but quorate coordination member slows its clients and failovers without any quorum alarm.</summary>
public sealed class CoordinationSlowTests
{
    private const string Ensemble = "    - { id: zk, kind: coordination, capacity_rps: 5000, base_latency_ms: 1, count: 3, hosts: [h1, h2, h3] }\n"
        + "    - { id: web, kind: api, capacity_rps: 500, base_latency_ms: 5, depends_on: [zk], count: 2, hosts: [h1, h2] }";

    private const string Coordination = "  coordination: { service: zk }";

    private static Cell Create(string injects) => DatabaseShard.Create(injects, Ensemble, Coordination);

    [Fact]
    public void ASlowFollower_KeepsQuorum_AndShowsItsLatencyInZkStatus()
    {
        var cell = Create("[ { id: slow, kind: coordination-slow, target: zk-2, at: 1m, parameters: { latency: \"900\" } } ]");
        cell.RunUntil(90);
        Assert.True(cell.State.CoordinationQuorum);
        var status = cell.Execute("zk status").Output;
        Assert.Matches(@"zk-2 .* ok +901ms", status);
        Assert.Matches(@"zk-1 .* ok +1ms", status);
        Assert.Contains("quorum: yes", status);
        Assert.Equal(300, cell.State.CoordinationDelayMs(), 6);
    }

    [Fact]
    public void ASlowLeader_DelaysTheFailoverManager()
    {
        const string crash = "{ id: crash, kind: process-crash, target: db-1, at: 2m }";
        var healthy = Create($"[ {crash} ]");
        var slow = Create($"[ {{ id: slow, kind: coordination-slow, target: zk, at: 1m, parameters: {{ latency: \"1000\" }} }}, {crash} ]");
        healthy.RunUntil(170);
        slow.RunUntil(170);
        var db2 = DatabaseShard.Peer(slow, "db-2");
        Assert.Equal(db2, healthy.State.Databases[0].Primary);
        Assert.NotEqual(db2, slow.State.Databases[0].Primary);
        slow.RunUntil(200);
        Assert.Equal(db2, slow.State.Databases[0].Primary);
    }

    [Fact]
    public void ServicesThatDependOnIt_SlowDown()
    {
        var healthy = Create("[ ]");
        var slow = Create("[ { id: slow, kind: coordination-slow, target: zk-2, at: 1m, parameters: { latency: \"900\" } } ]");
        healthy.RunUntil(90);
        slow.RunUntil(90);
        var web = healthy.State.Topology.InstanceIndex("web-1");
        Assert.True(slow.State.Effects[web].ExtraLatencyMs >= 70);
        Assert.Equal(0, healthy.State.Effects[web].ExtraLatencyMs);
    }

    [Fact]
    public void RestartingTheSlowMember_FixesIt()
    {
        var cell = Create("[ { id: slow, kind: coordination-slow, target: zk-2, at: 1m, parameters: { latency: \"900\" } } ]");
        cell.RunUntil(90);
        Assert.True(cell.Execute("restart zk-2").Ok);
        cell.RunUntil(180);
        Assert.Equal(0, cell.State.CoordinationDelayMs());
        Assert.Matches(@"zk-2 .* ok +1ms", cell.Execute("zk status").Output);
    }

    [Fact]
    public void AMemberSlowerThanTheSessionTimeout_FailsTheRequestsOfClientsWithSessionsOnIt()
    {
        var slow = Create("[ { id: slow, kind: coordination-slow, target: zk-2, at: 1m, parameters: { latency: \"2000\" } } ]");
        var stalled = Create("[ { id: slow, kind: coordination-slow, target: zk-2, at: 1m, parameters: { latency: \"4000\" } } ]");
        slow.RunUntil(90);
        stalled.RunUntil(90);
        var web = slow.State.Topology.InstanceIndex("web-1");
        Assert.Equal(0, slow.State.Effects[web].ErrorShare);
        Assert.Equal(0.25 / 3, stalled.State.Effects[web].ErrorShare, 6);
    }
}

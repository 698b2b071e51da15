using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Tests.Tools;

/// <summary>A shard left without a synchronous replica gets one back from a rebuild.</summary>
public sealed class DatabaseRebuildTests
{
    private const string TwoPeerShard = """
        id: two-peers
        version: 1
        title: Two peers
        summary: A shard of two peers whose primary crashes.
        difficulty: beginner
        expected_duration: 30m
        environment:
          kind: generic
          datacenters: [{ id: dc1 }]
          hosts:
            - { id: h1, datacenter: dc1 }
            - { id: h2, datacenter: dc1 }
          services:
            - { id: api, kind: api, capacity_rps: 500, depends_on: [db], count: 2, hosts: [h1, h2] }
            - { id: db, kind: database, capacity_rps: 1000, instances: [{ id: db-1, host: h1 }, { id: db-2, host: h2 }] }
          databases:
            - { id: main, service: db, primary: db-1, sync: db-2 }
        traffic:
          request_types:
            - { id: write, rate: 60, write: true, path: [api, db] }
        injects:
          - { id: crash, kind: process-crash, target: db-1, at: 1m }
        alarm_rules:
          - { id: errors, kind: error-rate, target: "*", threshold: 0.01, for: 1m }
        tools: [os, database]
        resolution:
          - { kind: all-online, target: db }
        solution: Clear db-1 and rebuild it.
        """;

    [Fact]
    public void RebuildingTheDeposedPeer_OfAShardWithNoSync_MakesItTheSync()
    {
        var loaded = ScenarioLoader.Load(TwoPeerShard, "two-peers.yaml");
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        var cell = Cell.Create(loaded.Scenario!, 1);
        cell.RunUntil(300);
        var (first, second) = (cell.State.Topology.InstanceIndex("db-1"), cell.State.Topology.InstanceIndex("db-2"));
        Assert.Equal(second, cell.State.Databases[0].Primary);
        Assert.Equal(-1, cell.State.Databases[0].Sync);

        Assert.True(cell.Execute("svcadm clear db-1").Ok);
        cell.RunUntil(330);
        var rebuilt = cell.Execute("db rebuild db-1");
        cell.RunUntil(360);

        Assert.Contains("as sync replica", rebuilt.Output);
        Assert.Equal(first, cell.State.Databases[0].Sync);
        Assert.Contains("sync      db-1", cell.Execute("db status main").Output);
    }
}

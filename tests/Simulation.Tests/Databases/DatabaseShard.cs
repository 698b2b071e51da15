using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Tests.Databases;

/// <summary>A three-peer shard (primary db-1, sync db-2, async db-3) written at 60/s, with optional injects.</summary>
internal static class DatabaseShard
{
    public static Cell Create(string injects = "[]", string extraServices = "", string coordination = "", string database = "")
    {
        var yaml = $$"""
            id: shard
            version: 1
            title: Shard
            summary: A replicated shard.
            difficulty: beginner
            expected_duration: 30m
            environment:
              kind: generic
              datacenters: [{ id: dc1 }]
              hosts:
                - { id: h1, datacenter: dc1 }
                - { id: h2, datacenter: dc1 }
                - { id: h3, datacenter: dc1 }
              services:
                - { id: api, kind: api, capacity_rps: 500, depends_on: [db], count: 2, hosts: [h1, h2] }
                - { id: db, kind: database, capacity_rps: 1000, instances: [{ id: db-1, host: h1 }, { id: db-2, host: h2 }, { id: db-3, host: h3 }] }
            {{extraServices}}
              databases:
                - { id: main, service: db, primary: db-1, sync: db-2, async: [db-3], failover_after: 30s{{database}} }
            {{coordination}}
            traffic:
              request_types:
                - { id: read, rate: 200, path: [api, db] }
                - { id: write, rate: 60, write: true, path: [api, db] }
            injects: {{injects}}
            alarm_rules:
              - { id: errors, kind: error-rate, target: "*", threshold: 0.01, for: 1m }
            tools: [os, database, coordination]
            resolution:
              - { kind: all-online, target: db }
            solution: Look at the shard.
            """;
        var loaded = ScenarioLoader.Load(yaml, "shard.yaml");
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        return Cell.Create(loaded.Scenario!, 1);
    }

    public static int Peer(Cell cell, string id) => cell.State.Topology.InstanceIndex(id);
}

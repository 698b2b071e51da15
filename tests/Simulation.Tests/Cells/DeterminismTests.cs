using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Tests.Cells;

public sealed class DeterminismTests
{
    [Fact]
    public void DifferentSeeds_HaveStatisticallySimilarBaselines()
    {
        var rates = new List<double>();
        for (ulong seed = 1; seed <= 8; seed++)
        {
            var cell = Cell.Create(TestScenarios.Load("shop-retry-storm"), seed);
            cell.RunUntil(4 * 60);
            var minutes = cell.GroundTruth.RequestTypes.SelectMany(r => r.Minutes).ToArray();
            rates.Add(1 - (minutes.Sum(m => m.Failed) / (double)minutes.Sum(m => m.Attempted)));
            Assert.InRange(minutes.Sum(m => m.Attempted), 4 * 60 * 935 * 0.97, 4 * 60 * 935 * 1.03);
        }

        Assert.All(rates, r => Assert.True(r > 0.999, $"baseline success {r:P3}"));
        Assert.Equal(8, rates.Distinct().Count() + (rates.Count - rates.Distinct().Count()));
    }

    [Fact]
    public void Digest_DependsOnEveryInput()
    {
        var scenario = TestScenarios.Manta;
        string Run(ulong seed, string command, int version = 1)
        {
            var cell = Cell.Create(scenario with { Version = version }, seed);
            cell.RunUntil(300);
            cell.Execute(command);
            cell.RunUntil(600);
            return cell.Digest;
        }

        var baseline = Run(1, "svcadm clear webapi");
        Assert.Equal(baseline, Run(1, "svcadm clear webapi"));
        Assert.NotEqual(baseline, Run(2, "svcadm clear webapi"));
        Assert.NotEqual(baseline, Run(1, "svcs"));
        Assert.NotEqual(baseline, Run(1, "svcadm clear webapi", version: 2));
    }

    /// <summary>
    /// The digest is a pure function of its inputs on every machine and in every process (no hash-randomised
    /// ordering, no wall clock). This pins one value; if a deliberate change to the model moves it, update it.
    /// </summary>
    [Fact]
    public void Digest_IsStableAcrossProcesses()
    {
        var result = ScenarioLoader.Load(PinnedScenario, "pinned.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var cell = Cell.Create(result.Scenario!, 20260302);
        cell.RunUntil(900);
        cell.Execute("svcadm clear api");
        cell.RunUntil(1800);

        Assert.Equal(PinnedDigest, cell.Digest);
    }

    /// <summary>Inline, so edits to the example scenarios do not move the pin.</summary>
    private const string PinnedScenario = """
        id: pinned
        version: 1
        title: Pinned
        summary: A small cell whose digest is pinned.
        difficulty: beginner
        expected_duration: 30m
        environment:
          kind: generic
          datacenters: [{ id: dc1 }, { id: dc2 }]
          hosts:
            - { id: h1, datacenter: dc1 }
            - { id: h2, datacenter: dc2 }
          services:
            - { id: lb, kind: proxy, capacity_rps: 2000, depends_on: [api], count: 2, hosts: [h1, h2] }
            - { id: api, kind: api, capacity_rps: 150, depends_on: [db, cache], count: 4, hosts: [h1, h2] }
            - { id: cache, kind: cache, capacity_rps: 5000, count: 2, hosts: [h1, h2] }
            - { id: db, kind: database, capacity_rps: 1000, instances: [{ id: db-1, host: h1 }, { id: db-2, host: h2 }] }
          databases:
            - { id: main, service: db, primary: db-1, sync: db-2 }
          caches:
            - { id: hot, service: cache, hit_ratio: 0.7 }
        traffic:
          request_types:
            - { id: read, rate: 300, path: [lb, api, cache, db], retries: 2 }
            - { id: write, rate: 60, write: true, path: [lb, api, db] }
        injects:
          - { id: crash, kind: process-crash, target: api, at: 5m, share: 0.5 }
          - { id: lag, kind: replication-lag, target: main, at: 8m }
        alarm_rules:
          - { id: errors, kind: error-rate, target: "*", threshold: 0.01, for: 1m }
        tools: [os, database]
        resolution:
          - { kind: all-online, target: api }
        solution: Clear the api instances.
        """;

    private const string PinnedDigest = "a24a1b405eca0936";
}

using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Tests.Faults.LinkPartition;

namespace PracticePlatform.Simulation.Tests.Model;

/// <summary>Calls across datacenters pay the round trip the scenario gives between them.</summary>
public sealed class RoundTripTests
{
    private const string NoInject = """
injects:
  - id: hub-link-cut
    kind: link-partition
    target: dc-east
    parameters: { heal_after: "43" }
""";

    private static Cell Quiet(bool withRtt)
    {
        var edits = new List<(string, string)>
        {
            ("injects:\n  - id: hub-link-cut\n    kind: link-partition\n    target: dc-east\n    at: 3m\n    parameters: { heal_after: \"43\" }\n", NoInject),
        };
        if (!withRtt)
        {
            edits.Add((", rtt_ms: { dc-west: 60, cloud: 20 }", ""));
            edits.Add((", rtt_ms: { cloud: 50 }", ""));
        }

        return Cell.Create(SplitDrill.Edited([.. edits]), 5);
    }

    [Fact]
    public void ThePrimaryMovedAcrossTheContinent_AddsTheRoundTripToEveryCallersLatency()
    {
        var before = new List<double>();
        var after = new List<double>();
        foreach (var withRtt in new[] { true, false })
        {
            var cell = Quiet(withRtt);
            cell.RunUntil(120);
            before.Add(SplitDrill.P50(cell, "page-view"));
            Assert.True(cell.Execute("db promote mysql-west-1").Ok);
            cell.RunUntil(125);
            after.Add(SplitDrill.P50(cell, "page-view"));
        }

        Assert.InRange(after[0] - before[0], 55, 400);
        Assert.InRange(after[1] - before[1], -10, 10);
    }

    [Fact]
    public void Ping_ShowsTheRoundTripBetweenDatacenters()
    {
        var cell = Quiet(true);
        cell.RunUntil(10);

        Assert.Contains("round-trip min/avg/max = 61.800/", cell.Execute("ping rails-1 mysql-west-1").Output);
        Assert.Contains("round-trip min/avg/max = 21.800/", cell.Execute("ping rails-1 orchestrator-cloud").Output);
        Assert.Contains("round-trip min/avg/max = 0.300/", cell.Execute("ping rails-1 mysql-east-1").Output);
    }
}

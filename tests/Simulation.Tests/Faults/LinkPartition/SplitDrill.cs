using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Tests.Faults.LinkPartition;

/// <summary>The East/West catalog scenario with its text edited, for drilling cuts and round trips.</summary>
internal static class SplitDrill
{
    public const string Id = "github-east-west-split-brain";

    public static Scenario Edited(params (string From, string To)[] edits)
    {
        var text = TestScenarios.Text(Id);
        foreach (var (from, to) in edits)
        {
            Assert.Contains(from, text);
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        var result = ScenarioLoader.Load(text, "split.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result.Scenario!;
    }

    /// <summary>The cut never heals by itself.</summary>
    public static Scenario Lasting() => Edited(("heal_after: \"43\"", "heal_after: \"0\""));

    public static long LostWrites(Cell cell) => cell.State.Databases[0].LostWrites;

    public static string Primary(Cell cell) => cell.State.Topology.InstanceIds[cell.State.Databases[0].Primary];

    public static bool PingOk(Cell cell, string from, string to)
    {
        var result = cell.Execute($"ping {from} {to}");
        Assert.True(result.Ok, result.Output);
        return !result.Output.Contains("100% packet loss");
    }

    public static double P50(Cell cell, string requestType) => cell.Health.RequestTypes.Single(r => r.Id == requestType).P50Ms;
}

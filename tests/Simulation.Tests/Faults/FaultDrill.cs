using System.Text.RegularExpressions;
using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Tests.Faults;

/// <summary>
/// The example Manta scenario with its injects and resolution replaced, so each fault kind can be drilled on a
/// realistic topology: inject, watch it hurt, remediate, check service is restored.
/// </summary>
internal static partial class FaultDrill
{
    public static Scenario With(string inject, bool faultMustBeCleared = true)
    {
        var text = TestScenarios.Text("manta-webapi-crash");
        text = InjectsSection().Replace(text, "injects:\n" + inject.TrimEnd() + "\n\nalarm_rules:");
        var resolution = "resolution:\n  - { kind: error-rate-below, target: \"*\", threshold: 0.01, for: 3m }\n"
            + (faultMustBeCleared ? "  - { kind: fault-cleared, target: drill }\n" : "");
        text = ResolutionSection().Replace(text, resolution + "\nsolution:");
        var result = ScenarioLoader.Load(text, "drill.yaml");
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result.Scenario!;
    }

    /// <summary>Share of requests failing this second, over every request type.</summary>
    public static double FailShare(Cell cell)
    {
        var health = cell.Health.RequestTypes;
        return health.Sum(r => r.Failed) / (double)Math.Max(1, health.Sum(r => r.Attempted));
    }

    /// <summary>Users noticed: the impact window opened, or requests fail or crawl right now.</summary>
    public static bool Hurt(Cell cell) =>
        cell.GroundTruth.ImpactStartMinute is not null
        || FailShare(cell) > 0.02
        || cell.Health.RequestTypes.Any(r => r.P99Ms > 5000)
        || cell.Health.Services.Any(s => s.ErrorShare > 0.05);

    public static string Describe(Cell cell) =>
        $"t={cell.Now} fail={FailShare(cell):P2} faults=[{string.Join(", ", cell.Faults.Select(f => $"{f.Id}:{f.Status}"))}] "
        + string.Join(" ", cell.Health.Services.Select(s => $"{s.Id}:{s.Online}/{s.Instances} err={s.ErrorShare:P1} lat={s.LatencyMs:0}"))
        + " " + string.Join(" ", cell.ResolutionReport.Select(r => r.Describe()));

    public static void Run(Cell cell, params string[] commands)
    {
        foreach (var command in commands)
        {
            var result = cell.Execute(command);
            Assert.True(result.Ok, $"{command}: {result.Output}");
        }
    }

    [GeneratedRegex(@"injects:\n.*?\nalarm_rules:", RegexOptions.Singleline)]
    private static partial Regex InjectsSection();

    [GeneratedRegex(@"resolution:\n.*?\nsolution:", RegexOptions.Singleline)]
    private static partial Regex ResolutionSection();
}

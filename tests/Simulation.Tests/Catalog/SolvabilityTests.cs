using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Simulation.Tests.Catalog;

/// <summary>
/// Every built-in scenario can be solved by its intended fix (its first play that restores service) with sane ground
/// truth, and is not solved when responders do nothing.
/// </summary>
public sealed class SolvabilityTests
{
    private const ulong Seed = 20260401;

    [Theory]
    [MemberData(nameof(BuiltInScenarios.Ids), MemberType = typeof(BuiltInScenarios))]
    public void IntendedResolution_RestoresService_WithSaneGroundTruth(string id)
    {
        var scenario = BuiltInScenarios.Get(id);
        var steps = BuiltInScenarios.IntendedFix(id).Steps;
        var cell = Cell.Create(scenario, Seed);

        foreach (var step in steps)
        {
            cell.RunUntil((long)step.At.TotalSeconds);
            var result = cell.Execute(step.Command);
            Assert.True(result.Ok, $"{step.At} {step.Command}: {result.Output}");
        }

        var lastStep = (long)steps.Max(s => s.At).TotalSeconds;
        var end = Math.Max((long)scenario.ExpectedDuration.TotalSeconds, lastStep + (30 * 60));
        cell.RunUntil(end);

        Assert.True(cell.IsRestored, Describe(cell));
        var truth = cell.GroundTruth;
        var firstInject = scenario.Injects.Where(i => i.At is not null).Min(i => i.At!.Value);
        Assert.NotNull(truth.ImpactStartMinute);
        Assert.NotNull(truth.ImpactEndMinute);
        Assert.False(truth.Ongoing, Describe(cell));
        Assert.True(truth.ImpactStartMinute >= (long)firstInject.TotalMinutes, $"impact starts at minute {truth.ImpactStartMinute}, inject at {firstInject}");
        Assert.True(truth.ImpactEndMinute >= truth.ImpactStartMinute);
        Assert.True(truth.ImpactEndMinute < truth.CompletedMinutes, $"impact ends at minute {truth.ImpactEndMinute} of {truth.CompletedMinutes}");
        Assert.All(truth.RequestTypes, r => Assert.InRange(r.FailedShare, 0, 1));
        Assert.Contains(truth.RequestTypes, r => r.Failed > 0);
    }

    [Theory]
    [MemberData(nameof(BuiltInScenarios.Ids), MemberType = typeof(BuiltInScenarios))]
    public void DoingNothing_ForTheExpectedDuration_LeavesServiceUnrestored(string id)
    {
        var scenario = BuiltInScenarios.Get(id);
        var cell = Cell.Create(scenario, Seed);

        cell.RunUntil((long)scenario.ExpectedDuration.TotalSeconds);

        Assert.False(cell.IsRestored, Describe(cell));
        Assert.True(cell.GroundTruth.Ongoing, Describe(cell));
    }

    private static string Describe(Cell cell) =>
        $"t={cell.Now} impact={cell.GroundTruth.ImpactStartMinute}..{cell.GroundTruth.ImpactEndMinute} ongoing={cell.GroundTruth.Ongoing} "
        + $"faults=[{string.Join(", ", cell.Faults.Select(f => $"{f.Id}:{f.Status}"))}] "
        + string.Join(" ", cell.ResolutionReport.Select(r => r.Describe()))
        + " " + string.Join(" ", cell.Health.RequestTypes.Select(r => $"{r.Id}:{r.SuccessRate:P1}/p99={r.P99Ms:0}"))
        + " " + string.Join(" ", cell.Health.Services.Select(s => $"{s.Id}:{s.Online}/{s.Instances} err={s.ErrorShare:P1}"));
}

using System.Collections.Immutable;
using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Scenarios;
using PracticePlatform.Simulation.Text;

namespace PracticePlatform.Simulation.Plays;

/// <summary>
/// Runs each play of a scenario on a fresh cell (same scenario, fixed seed) and checks the outcome it claims, with
/// the cell's own resolution criteria and ground truth, as a session would judge them.
/// </summary>
public static class PlayVerifier
{
    /// <summary>The seed plays run with unless told otherwise; any fixed seed keeps a verification repeatable.</summary>
    public const ulong DefaultSeed = 20260401;

    /// <summary>How long a play runs on after its last step, so a fix has time to show and a fault to come back.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromMinutes(30);

    public static ImmutableArray<PlayResult> Verify(Scenario scenario, ulong seed = DefaultSeed) =>
        [.. scenario.Plays.Select(play => Run(scenario, play, seed))];

    /// <summary>
    /// Plays the steps at their times, then runs until the scenario's expected duration or <see cref="Settle"/> after
    /// the last step, whichever is later, and compares the end state with the play's outcome.
    /// </summary>
    public static PlayResult Run(Scenario scenario, PlaySpec play, ulong seed = DefaultSeed)
    {
        var cell = Cell.Create(scenario, seed);
        foreach (var step in play.Steps)
        {
            cell.RunUntil((long)step.At.TotalSeconds);
            var result = cell.Execute(step.Command);
            if (!result.Ok)
            {
                var output = result.Output.Trim().Split('\n')[0];
                return Miss($"step at {Durations.Format(step.At)} '{step.Command}' failed: {output}");
            }
        }

        var lastStep = play.Steps.IsEmpty ? TimeSpan.Zero : play.Steps[^1].At;
        var end = lastStep + Settle > scenario.ExpectedDuration ? lastStep + Settle : scenario.ExpectedDuration;
        cell.RunUntil((long)end.TotalSeconds);
        var reasons = Compare(play.Outcome, cell);
        return new PlayResult(scenario.Id, play.Name, reasons.Count == 0, string.Join("; ", reasons), cell.IsRestored, cell.GroundTruth);

        PlayResult Miss(string reason) => new(scenario.Id, play.Name, false, reason, cell.IsRestored, cell.GroundTruth);
    }

    private static List<string> Compare(PlayOutcome outcome, Cell cell)
    {
        var reasons = new List<string>();
        var end = Durations.Format(TimeSpan.FromSeconds(cell.Now));
        if (outcome.Restored && !cell.IsRestored)
        {
            var unmet = cell.ResolutionReport.Where(r => !r.Met).Select(r => r.Describe());
            reasons.Add($"expected restored, but at {end} these criteria do not hold: {string.Join("; ", unmet)}");
        }
        else if (!outcome.Restored && cell.IsRestored)
        {
            reasons.Add($"expected not restored, but service was restored at {end}");
        }

        var truth = cell.GroundTruth;
        Window("impact start", outcome.ImpactStart, truth.ImpactStartMinute, false, reasons);
        Window("impact end", outcome.ImpactEnd, truth.Ongoing ? null : truth.ImpactEndMinute, truth.Ongoing, reasons);
        return reasons;
    }

    private static void Window(string what, TimeWindow? expected, long? minute, bool ongoing, List<string> reasons)
    {
        if (expected is null)
        {
            return;
        }

        if (minute is null)
        {
            reasons.Add($"expected {what} within {expected}, but {(ongoing ? "the impact is still ongoing" : "there was no impact")}");
        }
        else if (!expected.Contains(TimeSpan.FromMinutes(minute.Value)))
        {
            reasons.Add($"expected {what} within {expected}, but it was at {Durations.Format(TimeSpan.FromMinutes(minute.Value))}");
        }
    }
}

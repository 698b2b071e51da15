using System.Collections.Immutable;
using PracticePlatform.Contracts.Cells;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Simulation.Tools;
using PracticePlatform.Simulation.Truth;

namespace PracticePlatform.Grains.Sessions;

/// <summary>Puts the assessment beside the cell's ground truth and measures the response from the first injection.</summary>
public static class DebriefCalculator
{
    public static Debrief Compute(SessionState state, CellTruth cell)
    {
        var truth = cell.GroundTruth;
        var assessed = state.Assessment?.FailedShares ?? ImmutableSortedDictionary<string, double>.Empty;
        long? injectedAt = cell.Faults.IsEmpty ? null : cell.Faults.Min(f => f.InjectedAt);
        var curves = truth.RequestTypes.Select(r => Curve(r, injectedAt)).ToImmutableArray();
        var requestTypes = truth.RequestTypes.Zip(curves)
            .Select(pair => Compare(pair.First, pair.Second, state.Assessment, assessed))
            .ToImmutableArray();
        return new Debrief(
            state.ScenarioId,
            state.Assessment,
            truth.ImpactStartMinute,
            truth.ImpactEndMinute,
            truth.Ongoing,
            requestTypes,
            injectedAt,
            Since(injectedAt, state.FirstAlarmSecond),
            Since(injectedAt, state.FirstAckSecond ?? state.FirstResponseSecond),
            Since(injectedAt, state.Remediations.FirstOrDefault(r => r.Mitigated)?.Second),
            Since(injectedAt, state.DeclaredRestoredSecond),
            state.Timeline.Count(e => e.Kind == TimelineKind.Command),
            state.Timeline.Count(e => e.Kind == TimelineKind.Hint),
            state.Timeline.Count(e => e.Kind == TimelineKind.Pointer),
            cell.IsRestored,
            [.. state.Timeline.Where(e => e.Kind == TimelineKind.Hint).Select(e => e.Text)],
            BlindAlleys(state),
            [.. state.Lessons],
            cell.ResolutionReport,
            Assembly(state))
        {
            TruthCurves = curves,
            Differences = AssessmentDifferences.Of(state.Assessment, truth.ImpactStartMinute, truth.ImpactEndMinute, truth.Ongoing, requestTypes),
            ClockStart = new DateTimeOffset(SimulatedClock.Epoch),
        };
    }

    /// <summary>
    /// A request type's minutes as the debrief's severity curve, with its baseline: the failed share the ground truth
    /// judged it by, and the median p99 of the minutes before the first injection that had successful requests.
    /// </summary>
    private static TruthCurve Curve(RequestTypeImpact impact, long? injectedAt)
    {
        var minutes = impact.Minutes.Select(m => new TruthMinute(m.Minute, m.Attempted, m.Failed, m.P99)).ToImmutableArray();
        var before = minutes.Where(m => (injectedAt is not { } at || m.Minute < at / 60) && m.Attempted > m.Failed).Select(m => m.P99Ms).Order().ToList();
        return new TruthCurve(impact.RequestType, impact.BaselineFailShare, before.Count == 0 ? null : before[before.Count / 2], minutes);
    }

    /// <summary>The assessed share beside the truth over the true impact window and over the window the responders assessed.</summary>
    private static RequestTypeComparison Compare(RequestTypeImpact impact, TruthCurve curve, ImpactAssessment? assessment, ImmutableSortedDictionary<string, double> assessed)
    {
        var comparison = new RequestTypeComparison(impact.RequestType, assessed.TryGetValue(impact.RequestType, out var share) ? share : null, impact.FailedShare, impact.Attempted, impact.Failed)
        {
            SlowMinutes = impact.SlowMinutes,
        };
        if (assessment is null)
        {
            return comparison;
        }
        var window = curve.Minutes.Where(m => m.Minute >= assessment.StartMinute && m.Minute <= assessment.EndMinute).ToList();
        long attempted = window.Sum(m => m.Attempted), failed = window.Sum(m => m.Failed);
        return comparison with
        {
            AttemptedInAssessedWindow = attempted,
            FailedInAssessedWindow = failed,
            ActualFailedShareInAssessedWindow = attempted == 0 ? null : (double)failed / attempted,
        };
    }

    /// <summary>A Code Blue's time to assemble: seconds from the page to the first and to the median join.</summary>
    public static TimeToAssemble? Assembly(SessionState state)
    {
        if (!state.CodeBlue || state.PagedAt is not { } paged)
        {
            return null;
        }
        var seconds = state.Joins.Select(j => (long)(j.At - paged).TotalSeconds).Order().ToList();
        long? median = seconds.Count == 0 ? null
            : seconds.Count % 2 == 1 ? seconds[seconds.Count / 2]
            : (seconds[(seconds.Count / 2) - 1] + seconds[seconds.Count / 2]) / 2;
        return new TimeToAssemble(state.Paged.Count, seconds.Count, seconds.Count == 0 ? null : seconds[0], median);
    }

    /// <summary>How a remediation that changed the cell but mitigated no fault is marked among the blind alleys.</summary>
    public const string NoMitigationSuffix = " (changed the cell, mitigated no fault)";

    /// <summary>
    /// Commands that failed, and remediations that changed the cell without mitigating any part of a fault (they
    /// changed nothing relevant or made things worse), in the order they were run.
    /// </summary>
    private static ImmutableArray<string> BlindAlleys(SessionState state) => [.. BlindAlleySteps(state).Select(a => $"{a.Actor}: {a.Text}")];

    /// <summary>The blind alleys with the second each was taken at and by whom (the postmortem lists them so).</summary>
    internal static IEnumerable<(long Second, string Actor, string Text)> BlindAlleySteps(SessionState state) =>
        state.Timeline.Where(e => e.Kind == TimelineKind.Command && e.Text.EndsWith(CommandFailedSuffix, StringComparison.Ordinal))
            .Select(e => (e.Second, e.Actor, e.Text))
            .Concat(state.Remediations.Where(r => !r.Mitigated).Select(r => (r.Second, r.Actor, Text: $"{r.CommandLine}{NoMitigationSuffix}")))
            .OrderBy(a => a.Second);

    /// <summary>How a failed command is marked on the timeline.</summary>
    public const string CommandFailedSuffix = " (failed)";

    private static long? Since(long? start, long? end) => start is { } s && end is { } e && e >= s ? e - s : null;
}

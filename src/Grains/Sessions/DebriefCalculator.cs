using System.Collections.Immutable;
using PracticePlatform.Contracts.Cells;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.Sessions;

/// <summary>Puts the assessment beside the cell's ground truth and measures the response from the first injection.</summary>
public static class DebriefCalculator
{
    public static Debrief Compute(SessionState state, CellTruth cell)
    {
        var truth = cell.GroundTruth;
        var assessed = state.Assessment?.FailedShares ?? ImmutableSortedDictionary<string, double>.Empty;
        var requestTypes = truth.RequestTypes
            .Select(r => new RequestTypeComparison(r.RequestType, assessed.TryGetValue(r.RequestType, out var share) ? share : null, r.FailedShare, r.Attempted, r.Failed))
            .ToImmutableArray();
        long? injectedAt = cell.Faults.IsEmpty ? null : cell.Faults.Min(f => f.InjectedAt);
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
            Assembly(state));
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

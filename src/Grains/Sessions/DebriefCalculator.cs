using System.Collections.Immutable;
using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Grains.Sessions;

/// <summary>Puts the assessment beside the cell's ground truth and measures the response from the first injection.</summary>
public static class DebriefCalculator
{
    public static Debrief Compute(SessionState state, Cell cell)
    {
        var truth = cell.GroundTruth;
        var assessed = state.Assessment?.FailedShares ?? ImmutableSortedDictionary<string, double>.Empty;
        var requestTypes = truth.RequestTypes
            .Select(r => new RequestTypeComparison(r.RequestType, assessed.TryGetValue(r.RequestType, out var share) ? share : null, r.FailedShare, r.Attempted, r.Failed))
            .ToImmutableArray();
        long? injectedAt = cell.Faults.Count == 0 ? null : cell.Faults.Min(f => f.InjectedAt);
        return new Debrief(
            state.ScenarioId,
            state.Assessment,
            truth.ImpactStartMinute,
            truth.ImpactEndMinute,
            truth.Ongoing,
            requestTypes,
            injectedAt,
            Since(injectedAt, state.FirstAlarmSecond),
            Since(injectedAt, state.FirstResponseSecond),
            Since(injectedAt, state.FirstRemediationSecond),
            Since(injectedAt, state.DeclaredRestoredSecond),
            state.Timeline.Count(e => e.Kind == TimelineKind.Command),
            state.Timeline.Count(e => e.Kind == TimelineKind.Hint),
            state.Timeline.Count(e => e.Kind == TimelineKind.Pointer),
            cell.IsRestored);
    }

    private static long? Since(long? start, long? end) => start is { } s && end is { } e && e >= s ? e - s : null;
}

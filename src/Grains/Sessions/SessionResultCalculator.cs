using PracticePlatform.Contracts.Results;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.Sessions;

/// <summary>A debriefed session's figures for comparing sessions: the debrief's own figures, and the assessment's error beside its ground truth.</summary>
public static class SessionResultCalculator
{
    public static SessionResult Compute(Guid sessionId, SessionState state, Debrief debrief, string? cohortName) => new(
        sessionId,
        debrief.ScenarioId,
        state.CohortId,
        cohortName,
        // When the debrief was held: the last such entry (one per session, as the debrief is held once).
        state.Timeline.LastOrDefault(e => e.Kind == TimelineKind.Debrief)?.WallTime ?? default,
        debrief.TimeToDetectSeconds,
        debrief.TimeToAcknowledgeSeconds,
        debrief.TimeToMitigateSeconds,
        debrief.TimeToResolveSeconds,
        ErrorOf(debrief),
        debrief.HintsGiven,
        debrief.CommandsRun);

    /// <summary>See <see cref="AssessmentError"/>; null without an assessment.</summary>
    public static AssessmentError? ErrorOf(Debrief debrief)
    {
        if (debrief.Assessment is not { } assessed)
        {
            return null;
        }
        var points = debrief.RequestTypes.IsEmpty
            ? 0
            : debrief.RequestTypes.Average(r => Math.Abs((r.AssessedFailedShare ?? 0) - r.ActualFailedShare)) * 100;
        return new AssessmentError(
            debrief.ImpactStartMinute is { } start ? assessed.StartMinute - start : null,
            debrief.ImpactEndMinute is { } end ? assessed.EndMinute - end : null,
            Math.Round(points, 1));
    }
}

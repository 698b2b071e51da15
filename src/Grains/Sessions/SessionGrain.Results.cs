using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using PracticePlatform.Contracts.Cohorts;
using PracticePlatform.Contracts.Results;

namespace PracticePlatform.Grains.Sessions;

/// <summary>A debriefed session's figures, recorded with its scenario's and its cohort's results.</summary>
public sealed partial class SessionGrain
{
    /// <summary>
    /// Records the result of a debriefed session once: when the debrief is held, or on a later activation when that
    /// failed (which also fills in sessions debriefed before results were kept). Best effort, after the session's own
    /// save: the debrief counts, and results grains that fail are told again at the next activation.
    /// </summary>
    private async Task RecordResultAsync()
    {
        if (S.ResultRecorded || S.Debrief is not { } debrief)
        {
            return;
        }
        try
        {
            string? cohortName = null;
            if (S.CohortId is { } cohortId)
            {
                cohortName = (await GrainFactory.GetGrain<ICohortGrain>(cohortId).GetAsync()).Name;
            }
            var result = SessionResultCalculator.Compute(Id, S, debrief, cohortName);
            var people = S.Participants.Select(p => p.PersonId).ToImmutableArray();
            await GrainFactory.GetGrain<ISessionResultsGrain>(ResultsKey.OfScenario(S.ScenarioId)).RecordAsync(result, people);
            if (S.CohortId is { } cohort)
            {
                await GrainFactory.GetGrain<ISessionResultsGrain>(ResultsKey.OfCohort(cohort)).RecordAsync(result, people);
            }
            S.ResultRecorded = true;
            await state.WriteStateAsync();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            if (logger is not null)
            {
                LogResultFailed(logger, Id, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session {SessionId} could not record its result with its scenario's and cohort's results; its next activation tries again")]
    private static partial void LogResultFailed(ILogger logger, Guid sessionId, Exception exception);
}

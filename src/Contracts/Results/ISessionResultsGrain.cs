using System.Collections.Immutable;
using Orleans.Concurrency;

namespace PracticePlatform.Contracts.Results;

/// <summary>
/// The figures of debriefed sessions, gathered by scenario (<see cref="ResultsKey.OfScenario"/>) or by cohort
/// (<see cref="ResultsKey.OfCohort"/>) so that comparing them reads one grain instead of every session. A session records its
/// result when its debrief is held (again, harmlessly, when it is next activated), with its participants, so a
/// person can be shown only the sessions they took part in.
/// </summary>
[Alias("practice.ISessionResultsGrain")]
public interface ISessionResultsGrain : IGrainWithStringKey
{
    /// <summary>Records (or replaces) a session's result and the people on its roster; idempotent.</summary>
    Task RecordAsync(SessionResult result, ImmutableArray<Guid> participants);

    /// <summary>
    /// The results, oldest debrief first: all of them, or with <paramref name="participant"/> only those of sessions
    /// that person took part in.
    /// </summary>
    [ReadOnly]
    Task<ImmutableArray<SessionResult>> ListAsync(Guid? participant);
}

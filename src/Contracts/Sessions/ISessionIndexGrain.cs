using System.Collections.Immutable;
using Orleans.Concurrency;

namespace PracticePlatform.Contracts.Sessions;

/// <summary>
/// Every session's id in creation order and each session's latest state, for admins and the dashboard: the session
/// grain reports its state on each transition, so counting sessions by state touches no session. Key: <see cref="Key"/>.
/// </summary>
[Alias("practice.ISessionIndexGrain")]
public interface ISessionIndexGrain : IGrainWithStringKey
{
    /// <summary>The one index grain's key.</summary>
    const string Key = "all";

    Task AddAsync(Guid sessionId);

    Task<ImmutableArray<Guid>> ListAsync();

    /// <summary>Records a session's state (adding the session if it is new); the session calls it when its state changes.</summary>
    Task SetStatusAsync(Guid sessionId, SessionStatus status);

    /// <summary>How many sessions are in each state, as last reported by the sessions themselves.</summary>
    [ReadOnly]
    Task<ImmutableSortedDictionary<SessionStatus, int>> CountByStatusAsync();
}

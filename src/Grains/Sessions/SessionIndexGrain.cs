using System.Collections.Immutable;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Grains.Indexes;

namespace PracticePlatform.Grains.Sessions;

/// <summary>See <see cref="ISessionIndexGrain"/>.</summary>
public sealed class SessionIndexGrain([PersistentState("sessions")] IPersistentState<SessionIndexState> state)
    : IdIndexGrain<SessionIndexState>(state), ISessionIndexGrain
{
    public async Task SetStatusAsync(Guid sessionId, SessionStatus status)
    {
        var known = S.Statuses.TryGetValue(sessionId, out var current);
        if (known && current == status && S.Ids.Contains(sessionId))
        {
            return;
        }
        if (!S.Ids.Contains(sessionId))
        {
            S.Ids.Add(sessionId);
        }
        S.Statuses[sessionId] = status;
        await WriteStateAsync();
    }

    public Task<ImmutableSortedDictionary<SessionStatus, int>> CountByStatusAsync() =>
        Task.FromResult(S.Statuses.Values.GroupBy(s => s).ToImmutableSortedDictionary(g => g.Key, g => g.Count()));
}

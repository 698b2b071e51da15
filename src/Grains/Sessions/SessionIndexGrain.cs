using System.Collections.Immutable;
using PracticePlatform.Runtime;
using PracticePlatform.Runtime.Storage;

namespace PracticePlatform.Grains.Sessions;

/// <summary>See <see cref="ISessionIndexGrain"/>; read-only calls interleave.</summary>
public sealed class SessionIndexGrain([PersistentState("sessions")] IPersistentState<SessionIndexState> state) : Grain, ISessionIndexGrain
{
    public async Task AddAsync(Guid sessionId)
    {
        if (!state.State.Sessions.Contains(sessionId))
        {
            state.State.Sessions.Add(sessionId);
            await state.WriteStateAsync();
        }
    }

    [ReadOnly]
    public Task<ImmutableArray<Guid>> ListAsync() => Task.FromResult<ImmutableArray<Guid>>([.. state.State.Sessions]);
}

using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.People;

/// <summary>Maps a token hash to its person, so authenticating a request is one keyed lookup.</summary>
public sealed class AccessTokenGrain([PersistentState("token")] IPersistentState<AccessTokenState> state) : Grain, IAccessTokenGrain
{
    public async Task AssignAsync(Guid personId)
    {
        if (state.RecordExists)
        {
            throw new SessionRuleException("This token is already assigned.");
        }
        state.State.PersonId = personId;
        await state.WriteStateAsync();
    }

    public Task<Guid?> PersonAsync() => Task.FromResult(state.RecordExists ? state.State.PersonId : (Guid?)null);
}

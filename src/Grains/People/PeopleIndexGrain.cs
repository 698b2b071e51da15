using System.Collections.Immutable;
using PracticePlatform.Runtime;
using PracticePlatform.Runtime.Storage;

namespace PracticePlatform.Grains.People;

/// <summary>See <see cref="IPeopleIndexGrain"/>; reads interleave.</summary>
public sealed class PeopleIndexGrain([PersistentState("people")] IPersistentState<PeopleIndexState> state) : Grain, IPeopleIndexGrain
{
    public async Task AddAsync(Guid personId)
    {
        if (!state.State.People.Contains(personId))
        {
            state.State.People.Add(personId);
            await state.WriteStateAsync();
        }
    }

    [ReadOnly]
    public Task<ImmutableArray<Guid>> ListAsync() => Task.FromResult<ImmutableArray<Guid>>([.. state.State.People]);
}

using System.Collections.Immutable;
using PracticePlatform.Runtime;
using PracticePlatform.Runtime.Storage;

namespace PracticePlatform.Grains.Cohorts;

/// <summary>See <see cref="ICohortIndexGrain"/>; reads interleave.</summary>
public sealed class CohortIndexGrain([PersistentState("cohorts")] IPersistentState<CohortIndexState> state) : Grain, ICohortIndexGrain
{
    public async Task AddAsync(Guid cohortId)
    {
        if (!state.State.Cohorts.Contains(cohortId))
        {
            state.State.Cohorts.Add(cohortId);
            await state.WriteStateAsync();
        }
    }

    [ReadOnly]
    public Task<ImmutableArray<Guid>> ListAsync() => Task.FromResult<ImmutableArray<Guid>>([.. state.State.Cohorts]);
}

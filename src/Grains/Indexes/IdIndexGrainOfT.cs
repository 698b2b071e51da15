using System.Collections.Immutable;

namespace PracticePlatform.Grains.Indexes;

/// <summary>
/// A durable, ordered list of ids (sessions, people) that a listing starts from; each kind of index is a small
/// subclass with its own interface and storage name. Reads interleave. An index that keeps more per id (the session
/// index keeps each session's state) extends <see cref="IdIndexState"/>.
/// </summary>
public abstract class IdIndexGrain<TState>(IPersistentState<TState> state) : Grain
    where TState : IdIndexState
{
    protected TState S => state.State;

    public async Task AddAsync(Guid id)
    {
        if (!state.State.Ids.Contains(id))
        {
            state.State.Ids.Add(id);
            await state.WriteStateAsync();
        }
    }

    public Task<ImmutableArray<Guid>> ListAsync() => Task.FromResult<ImmutableArray<Guid>>([.. state.State.Ids]);

    protected Task WriteStateAsync() => state.WriteStateAsync();
}

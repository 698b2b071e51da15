using PracticePlatform.Runtime.Storage;

namespace PracticePlatform.Runtime.Tests.Grains;

public sealed class StatefulGrain([PersistentState("items")] IPersistentState<StatefulGrain.Items> state) : Grain, IStatefulGrain
{
    public async Task AddAsync(string item)
    {
        state.State = new Items([.. state.State.Values, item]);
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<string>> ItemsAsync() => Task.FromResult<IReadOnlyList<string>>(state.State.Values);

    public Task<string?> ETagAsync() => Task.FromResult(state.ETag);

    public Task ClearAsync() => state.ClearStateAsync();

    public sealed record Items(IReadOnlyList<string> Values)
    {
        public Items()
            : this([])
        {
        }
    }
}

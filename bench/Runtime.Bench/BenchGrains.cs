using PracticePlatform.Runtime.Storage;

namespace PracticePlatform.Runtime.Bench;

public interface IPingGrain : IGrainWithIntegerKey
{
    Task<int> PingAsync(int value);
}

public sealed class PingGrain : Grain, IPingGrain
{
    public Task<int> PingAsync(int value) => Task.FromResult(value + 1);
}

public interface IIdleGrain : IGrainWithIntegerKey
{
    Task<bool> TouchAsync();
}

/// <summary>An activation with an empty persistent state, as most grains have before their first write.</summary>
public sealed class IdleGrain([PersistentState("state")] IPersistentState<IdleGrain.Empty> state) : Grain, IIdleGrain
{
    public Task<bool> TouchAsync() => Task.FromResult(state.RecordExists);

    public sealed record Empty;
}

public interface IWriterGrain : IGrainWithIntegerKey
{
    Task WriteAsync(int value);
}

public sealed class WriterGrain([PersistentState("counter")] IPersistentState<WriterGrain.Counter> state) : Grain, IWriterGrain
{
    public Task WriteAsync(int value)
    {
        state.State = new Counter(value);
        return state.WriteStateAsync();
    }

    public sealed record Counter(int Value)
    {
        public Counter()
            : this(0)
        {
        }
    }
}

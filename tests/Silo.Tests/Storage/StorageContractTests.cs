using PracticePlatform.Silo.Storage;

namespace PracticePlatform.Silo.Tests.Storage;

/// <summary>
/// What every storage provider must do, with <see cref="MemoryGrainStorage"/>
/// as the reference. Each provider runs this suite through one subclass; each test gets fresh, empty storage.
/// </summary>
public abstract partial class StorageContractTests : IAsyncLifetime
{
    private static readonly GrainId Counter = GrainId.Create("counter", "alpha");

    private GrainStateStore? _storage;

    protected GrainStateStore Storage => _storage ?? throw new InvalidOperationException("The test has not been initialized.");

    /// <summary>Empty grain storage for one test.</summary>
    protected abstract Task<GrainStateStore> CreateGrainStorageAsync();

    /// <summary>Removes what the provider left behind once storage is disposed.</summary>
    protected virtual Task CleanUpAsync() => Task.CompletedTask;

    public async Task InitializeAsync() => _storage = await CreateGrainStorageAsync();

    public async Task DisposeAsync()
    {
        await DisposeProviderAsync(_storage);
        await CleanUpAsync();
    }

    /// <summary>Disposes a provider the way it asks to be disposed (both contract suites use this).</summary>
    internal static async Task DisposeProviderAsync(object? provider)
    {
        switch (provider)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    private async Task<TestGrainState<CounterState>> ReadAsync(GrainId grainId, string stateName = "counter")
    {
        var state = new TestGrainState<CounterState>();
        await Storage.ReadStateAsync(stateName, grainId, state);
        return state;
    }

    private async Task<TestGrainState<CounterState>> WriteAsync(GrainId grainId, int value, string stateName = "counter")
    {
        var state = await ReadAsync(grainId, stateName);
        state.State.Value = value;
        await Storage.WriteStateAsync(stateName, grainId, state);
        return state;
    }
}

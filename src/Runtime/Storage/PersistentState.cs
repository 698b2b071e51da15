using PracticePlatform.Runtime.Activation;

namespace PracticePlatform.Runtime.Storage;

/// <summary>The runtime's <see cref="IPersistentState{TState}"/>: reads, writes and clears through a named provider.</summary>
internal sealed class PersistentState<TState>(GrainActivation activation, string stateName, IGrainStorage storage, string storageName)
    : IPersistentState<TState>, IActivationState
{
    public TState State { get; set; } = GrainStateStore.CreateDefault<TState>();

    public string? ETag { get; set; }

    public bool RecordExists { get; set; }

    public Task ReadStateAsync() => Measure(storage.ReadStateAsync(stateName, activation.GrainId, this), write: false);

    public Task WriteStateAsync() => Measure(storage.WriteStateAsync(stateName, activation.GrainId, this), write: true);

    public Task ClearStateAsync() => Measure(storage.ClearStateAsync(stateName, activation.GrainId, this), write: true);

    Task IActivationState.LoadAsync() => ReadStateAsync();

    private Task Measure(Task operation, bool write)
    {
        var instruments = activation.Runtime.Instruments;
        var histogram = write ? instruments.StorageWriteLatency : instruments.StorageReadLatency;
        if (operation.IsCompletedSuccessfully && !histogram.Enabled)
        {
            return operation;
        }
        return Awaited(operation, histogram, activation.Runtime.TimeProvider.GetTimestamp());
    }

    private async Task Awaited(Task operation, System.Diagnostics.Metrics.Histogram<double> histogram, long started)
    {
        try
        {
            await operation.ConfigureAwait(true);
        }
        catch (InconsistentStateException)
        {
            // Another activation wrote in between: this one's state is stale, so the next call must reload it.
            activation.RequestDeactivation(DeactivationReason.InconsistentState);
            throw;
        }
        finally
        {
            if (histogram.Enabled)
            {
                histogram.Record(
                    activation.Runtime.TimeProvider.GetElapsedTime(started).TotalMilliseconds,
                    new KeyValuePair<string, object?>("provider", storageName),
                    activation.Class.TypeTag);
            }
        }
    }
}

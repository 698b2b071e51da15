using Microsoft.Extensions.Hosting;

namespace PracticePlatform.Runtime.Hosting;

/// <summary>
/// Starts and stops the runtime with the host: loads reminders, runs idle collection every collection quantum and
/// the response-timeout sweep, and deactivates everything (best effort) on shutdown.
/// </summary>
internal sealed class GrainRuntimeHost(GrainRuntime runtime) : IHostedService, IDisposable
{
    private ITimer? _collector;
    private ITimer? _sweeper;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await runtime.Reminders.StartAsync(cancellationToken).ConfigureAwait(false);
        var clock = runtime.TimeProvider;
        var quantum = runtime.Options.CollectionQuantum;
        _collector = clock.CreateTimer(_ => CollectIdle(), null, quantum, quantum);
        var sweep = TimeSpan.FromTicks(Math.Clamp(runtime.Options.ResponseTimeout.Ticks / 10, TimeSpan.TicksPerMillisecond * 100, TimeSpan.TicksPerSecond));
        _sweeper = clock.CreateTimer(_ => SweepTimeouts(), null, sweep, sweep);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        try
        {
            await runtime.DeactivateAllAsync(DeactivationReason.ShuttingDown).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // OnDeactivateAsync is best effort; nothing depends on it for durability.
        }
        catch (OperationCanceledException)
        {
        }
    }

    public void Dispose()
    {
        _collector?.Dispose();
        _sweeper?.Dispose();
        runtime.Reminders.Dispose();
    }

    private void CollectIdle()
    {
        var clock = runtime.TimeProvider;
        var threshold = clock.GetTimestamp() - (long)(runtime.Options.CollectionAge.TotalSeconds * clock.TimestampFrequency);
        runtime.CollectIdle(threshold);
    }

    private void SweepTimeouts()
    {
        var clock = runtime.TimeProvider;
        var sentBefore = clock.GetTimestamp() - (long)(runtime.Options.ResponseTimeout.TotalSeconds * clock.TimestampFrequency);
        runtime.FailExpiredRequests(sentBefore);
    }
}

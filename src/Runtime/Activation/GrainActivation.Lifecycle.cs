using Microsoft.Extensions.Logging;
using PracticePlatform.Runtime.Calls;
using PracticePlatform.Runtime.Timers;

namespace PracticePlatform.Runtime.Activation;

/// <summary>Activation and deactivation, and the timers that live and die with the activation.</summary>
internal sealed partial class GrainActivation
{
    /// <summary>Completes once this activation is gone.</summary>
    public Task WhenRemoved
    {
        get
        {
            lock (_lock)
            {
                return _status == ActivationStatus.Invalid
                    ? Task.CompletedTask
                    : (_removed ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
            }
        }
    }

    public IGrainTimer RegisterTimer(Func<CancellationToken, Task> callback, GrainTimerCreationOptions options)
    {
        var timer = new GrainTimer(this, callback, options);
        lock (_lock)
        {
            if (_status is ActivationStatus.Deactivating or ActivationStatus.Invalid)
            {
                throw new InvalidOperationException($"{GrainId} is deactivating; it cannot start a timer.");
            }
            (_timers ??= []).Add(timer);
        }
        timer.Start();
        return timer;
    }

    public void RemoveTimer(GrainTimer timer)
    {
        lock (_lock)
        {
            _timers?.Remove(timer);
        }
    }

    private void Activate()
    {
        Task activation;
        try
        {
            Instance = Class.Create(this);
            activation = _states is null && !Class.HasActivationLogic ? Task.CompletedTask : ActivateAsync();
        }
        catch (Exception exception)
        {
            activation = Task.FromException(exception);
        }
        if (activation.IsCompleted)
        {
            OnActivated(activation);
        }
        else
        {
            activation.WaitAsync(Runtime.Options.ActivationTimeout, Runtime.TimeProvider)
                .ConfigureAwait(true).GetAwaiter().UnsafeOnCompleted(() => OnActivated(activation));
        }
    }

    private async Task ActivateAsync()
    {
        if (_states is not null)
        {
            foreach (var state in _states)
            {
                await state.LoadAsync().ConfigureAwait(true);
            }
        }
        if (Class.HasActivationLogic)
        {
            using var timeout = new CancellationTokenSource(Runtime.Options.ActivationTimeout, Runtime.TimeProvider);
            await Instance!.OnActivateAsync(timeout.Token).ConfigureAwait(true);
        }
    }

    private void OnActivated(Task activation)
    {
        if (!activation.IsCompletedSuccessfully)
        {
            var failure = activation.IsCompleted
                ? activation.Exception?.InnerException ?? new OperationCanceledException($"Activation of {GrainId} was canceled.")
                : new TimeoutException($"Activation of {GrainId} did not finish within {Runtime.Options.ActivationTimeout}.");
            FailActivation(failure);
            return;
        }
        Class.OnActivated();
        Runtime.Instruments.OnActivationCreated(Class);
        List<IGrainRequest>? next = null;
        lock (_lock)
        {
            _status = ActivationStatus.Valid;
            while (_pending is { Count: > 0 } && CanStart(_pending.Peek()))
            {
                var request = _pending.Dequeue();
                Admit(request);
                (next ??= []).Add(request);
            }
        }
        if (next is not null)
        {
            foreach (var request in next)
            {
                StartTurn(request);
            }
        }
    }

    private void FailActivation(Exception failure)
    {
        LogActivationFailed(Runtime.Logger, GrainId, failure);
        Queue<IGrainRequest>? pending;
        TaskCompletionSource? removed;
        lock (_lock)
        {
            _status = ActivationStatus.Invalid;
            pending = _pending;
            _pending = null;
            removed = _removed;
        }
        Runtime.RemoveActivation(this);
        removed?.TrySetResult();
        while (pending is { Count: > 0 })
        {
            pending.Dequeue().Fail(failure);
        }
    }

    private async Task DeactivateAsync()
    {
        List<GrainTimer>? timers;
        DeactivationReason reason;
        lock (_lock)
        {
            timers = _timers;
            _timers = null;
            reason = _deactivation ?? DeactivationReason.ApplicationRequested;
        }
        timers?.ForEach(t => t.Dispose());
        try
        {
            using var timeout = new CancellationTokenSource(Runtime.Options.DeactivationTimeout, Runtime.TimeProvider);
            await Instance!.OnDeactivateAsync(reason, timeout.Token)
                .WaitAsync(Runtime.Options.DeactivationTimeout, Runtime.TimeProvider).ConfigureAwait(true);
        }
        catch (Exception exception)
        {
            // Best effort, as in Orleans: the activation goes away regardless.
            LogDeactivationFailed(Runtime.Logger, GrainId, exception);
        }
        Queue<IGrainRequest>? pending;
        TaskCompletionSource? removed;
        lock (_lock)
        {
            _status = ActivationStatus.Invalid;
            pending = _pending;
            _pending = null;
            removed = _removed;
        }
        Class.OnDeactivated();
        Runtime.Instruments.OnActivationRemoved(Class, reason);
        Runtime.RemoveActivation(this);
        removed?.TrySetResult();
        while (pending is { Count: > 0 })
        {
            var request = pending.Dequeue();
            if (request.FollowsGrain && !request.IsAnswered)
            {
                Runtime.Redeliver(request);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Activation of {GrainId} failed")]
    private static partial void LogActivationFailed(ILogger logger, GrainId grainId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "OnDeactivateAsync of {GrainId} failed")]
    private static partial void LogDeactivationFailed(ILogger logger, GrainId grainId, Exception exception);
}

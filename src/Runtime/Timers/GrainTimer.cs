using PracticePlatform.Runtime.Activation;

namespace PracticePlatform.Runtime.Timers;

/// <summary>
/// A timer whose ticks are delivered to the activation as turns. The next tick is scheduled only after the
/// previous callback finished, so ticks never overlap; disposing it (or the activation going away) stops it.
/// </summary>
internal sealed class GrainTimer : IGrainTimer
{
    private readonly GrainActivation _activation;
    private readonly Func<CancellationToken, Task> _callback;
    private readonly CancellationTokenSource _stopped = new();
    private readonly ITimer _timer;
    private TimeSpan _dueTime;
    private TimeSpan _period;

    public GrainTimer(GrainActivation activation, Func<CancellationToken, Task> callback, GrainTimerCreationOptions options)
    {
        _activation = activation;
        _callback = callback;
        Options = options;
        _dueTime = options.DueTime;
        _period = options.Period;
        _timer = activation.Runtime.TimeProvider.CreateTimer(static s => ((GrainTimer)s!).OnDue(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public GrainTimerCreationOptions Options { get; }

    public bool IsDisposed => _stopped.IsCancellationRequested;

    public void Start() => _timer.Change(_dueTime, Timeout.InfiniteTimeSpan);

    public void Change(TimeSpan dueTime, TimeSpan period)
    {
        _dueTime = dueTime;
        _period = period;
        if (!IsDisposed)
        {
            _timer.Change(dueTime, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose()
    {
        if (IsDisposed)
        {
            return;
        }
        _stopped.Cancel();
        _timer.Dispose();
        _activation.RemoveTimer(this);
    }

    /// <summary>Runs the callback as a turn; called by <see cref="TimerTickRequest"/>.</summary>
    public Task Tick() => IsDisposed ? Task.CompletedTask : _callback(_stopped.Token);

    /// <summary>Schedules the next tick once this one finished.</summary>
    public void OnTickFinished()
    {
        if (!IsDisposed && _period != Timeout.InfiniteTimeSpan && _period > TimeSpan.Zero)
        {
            _timer.Change(_period, Timeout.InfiniteTimeSpan);
        }
    }

    private void OnDue()
    {
        if (IsDisposed)
        {
            return;
        }
        if (!_activation.Deliver(new TimerTickRequest(this, _activation.GrainId), inline: false))
        {
            Dispose();
        }
    }
}

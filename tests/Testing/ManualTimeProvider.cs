namespace PracticePlatform.Testing;

/// <summary>
/// A clock that moves only when a test advances it. Timers fire synchronously, in due order, inside
/// <see cref="Advance"/>, so tests drive timers and reminders without sleeping.
/// </summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<ManualTimer> _timers = [];
    private readonly List<(DateTimeOffset DueAt, TaskCompletionSource Signal)> _timerWaits = [];
    private DateTimeOffset _now;
    private long _sequence;

    public ManualTimeProvider(DateTimeOffset? start = null)
    {
        _now = start ?? new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return _now;
        }
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <summary>How many timers are waiting to fire.</summary>
    public int PendingTimers
    {
        get
        {
            lock (_lock)
            {
                return _timers.Count(t => t.DueAt is not null);
            }
        }
    }

    /// <summary>Moves the clock forward by <paramref name="delta"/>, firing every timer that falls due on the way.</summary>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        DateTimeOffset target;
        lock (_lock)
        {
            target = _now + delta;
        }
        while (true)
        {
            ManualTimer? next;
            lock (_lock)
            {
                next = _timers.Where(t => t.DueAt is { } due && due <= target)
                    .OrderBy(t => t.DueAt).ThenBy(t => t.Sequence).FirstOrDefault();
                if (next is null)
                {
                    _now = target;
                    return;
                }
                _now = next.DueAt!.Value;
                next.DueAt = next.Period > TimeSpan.Zero ? _now + next.Period : null;
            }
            next.Fire();
        }
    }

    /// <summary>
    /// Completes once a one-shot timer (a delay, a timeout) is set to fire exactly <paramref name="dueIn"/> from now,
    /// whether it is already waiting or is scheduled later. Periodic timers are ignored: one of them (the runtime's
    /// sweep, say) is always due in a round number of seconds. Background work often records an outcome and only then
    /// starts its next delay; waiting for that delay's timer before <see cref="Advance"/> keeps the advance from
    /// slipping in between.
    /// </summary>
    public async Task WaitForTimerAsync(TimeSpan dueIn, TimeSpan? timeout = null)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            var dueAt = _now + dueIn;
            if (_timers.Any(t => t.DueAt == dueAt && t.Period == TimeSpan.Zero))
            {
                return;
            }
            _timerWaits.Add((dueAt, signal));
        }
        var limit = timeout ?? TimeSpan.FromSeconds(15);
        try
        {
            await signal.Task.WaitAsync(limit).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Waited {limit.TotalSeconds:0} s for a timer due {dueIn} after {GetUtcNow():O}; none was scheduled.");
        }
    }

    /// <summary>Sets the clock to <paramref name="when"/>, firing timers on the way.</summary>
    public void AdvanceTo(DateTimeOffset when) => Advance(when - GetUtcNow());

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        lock (_lock)
        {
            timer.Sequence = ++_sequence;
            _timers.Add(timer);
        }
        timer.Change(dueTime, period);
        return timer;
    }

    private void Schedule(ManualTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        List<TaskCompletionSource> wake;
        lock (_lock)
        {
            timer.Period = period == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : period;
            timer.DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : _now + dueTime;
            var oneShot = timer.Period == TimeSpan.Zero;
            wake = [.. _timerWaits.Where(w => oneShot && w.DueAt == timer.DueAt).Select(w => w.Signal)];
            _timerWaits.RemoveAll(w => oneShot && w.DueAt == timer.DueAt);
        }
        wake.ForEach(signal => signal.TrySetResult());
    }

    private void Remove(ManualTimer timer)
    {
        lock (_lock)
        {
            _timers.Remove(timer);
        }
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset? DueAt { get; set; }

        public TimeSpan Period { get; set; }

        public long Sequence { get; set; }

        public void Fire() => callback(state);

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            owner.Schedule(this, dueTime, period);
            return true;
        }

        public void Dispose() => owner.Remove(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}

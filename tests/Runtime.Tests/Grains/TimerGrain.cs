namespace PracticePlatform.Runtime.Tests.Grains;

public sealed class TimerGrain : Grain, ITimerGrain
{
    private readonly CallLog _log;
    private IGrainTimer? _timer;
    private int _ticks;
    private bool _inTick;

    internal TimerGrain(CallLog log)
    {
        _log = log;
    }

    public Task StartTimerAsync(bool gated)
    {
        _timer = RegisterGrainTimer(async _ =>
        {
            if (_inTick)
            {
                _log.Add("overlap");
            }
            _inTick = true;
            var tick = ++_ticks;
            _log.Add($"tick {tick}");
            _log.Raise($"tick {tick}");
            if (gated)
            {
                await _log.Gate($"tick {tick}");
            }
            _inTick = false;
        }, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        return Task.CompletedTask;
    }

    public Task<int> TicksAsync() => Task.FromResult(_ticks);

    public Task StopTimerAsync()
    {
        _timer?.Dispose();
        return Task.CompletedTask;
    }

    public async Task RegisterReminderAsync(string name, TimeSpan dueTime, TimeSpan period) =>
        await RegisterOrUpdateReminder(name, dueTime, period);

    public async Task UnregisterReminderAsync(string name)
    {
        if (await GetReminder(name) is { } reminder)
        {
            await UnregisterReminder(reminder);
        }
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        _log.Add($"reminder {this.GetPrimaryKeyString()} {reminderName}");
        _log.Raise($"reminder {this.GetPrimaryKeyString()} {reminderName}");
        return Task.CompletedTask;
    }

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}

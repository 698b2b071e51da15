namespace PracticePlatform.Runtime.Tests.Grains;

public interface ITimerGrain : IGrainWithStringKey, IRemindable
{
    /// <summary>Starts a timer ticking every second; each tick waits on gate "tick {n}" when <paramref name="gated"/>.</summary>
    Task StartTimerAsync(bool gated);

    Task<int> TicksAsync();

    Task StopTimerAsync();

    Task RegisterReminderAsync(string name, TimeSpan dueTime, TimeSpan period);

    Task UnregisterReminderAsync(string name);

    Task DeactivateAsync();
}

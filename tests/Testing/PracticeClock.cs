using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Reminders;

namespace PracticePlatform.Testing;

/// <summary>Registers a test's fake clock where grain code, grain timers and Orleans reminders read time.</summary>
public static class PracticeClock
{
    /// <summary>
    /// Makes <paramref name="clock"/> the host's <see cref="TimeProvider"/> (grains, timers) and the reminder
    /// service's (Orleans takes it under <see cref="ReminderTimeProviderNames.Reminders"/>).
    /// </summary>
    public static IServiceCollection AddPracticeClock(this IServiceCollection services, FakeTimeProvider clock)
    {
        services.AddSingleton<TimeProvider>(clock);
        services.AddKeyedSingleton<TimeProvider>(ReminderTimeProviderNames.Reminders, clock);
        return services;
    }
}

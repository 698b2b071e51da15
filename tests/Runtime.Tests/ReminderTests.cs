using Microsoft.Extensions.DependencyInjection;
using PracticePlatform.Runtime.Reminders;
using PracticePlatform.Runtime.Tests.Grains;
using PracticePlatform.Testing;

namespace PracticePlatform.Runtime.Tests;

public sealed class ReminderTests
{
    [Fact]
    public async Task Reminder_WhenDue_ActivatesTheGrainAndTicks()
    {
        await using var silo = await TestSilo.StartAsync();
        var log = silo.Services.GetRequiredService<CallLog>();
        await silo.Grains.GetGrain<ITimerGrain>("r").RegisterReminderAsync("wake", TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10));
        await silo.Runtime.DeactivateAllAsync(DeactivationReason.ApplicationRequested);

        silo.Clock.Advance(TimeSpan.FromMinutes(5));

        await log.Signal("reminder r wake");
        Assert.Equal(1, silo.Runtime.ActivationCount);
    }

    [Fact]
    public async Task Reminder_KeepsTickingEveryPeriod()
    {
        await using var silo = await TestSilo.StartAsync();
        var log = silo.Services.GetRequiredService<CallLog>();
        var grain = silo.Grains.GetGrain<ITimerGrain>("periodic");
        await grain.RegisterReminderAsync("beat", TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));

        for (var i = 0; i < 3; i++)
        {
            silo.Clock.Advance(TimeSpan.FromMinutes(1));
            await grain.TicksAsync();
        }

        Assert.Equal(3, log.Count("reminder periodic beat"));
    }

    [Fact]
    public async Task Reminder_DueWhileTheSiloWasDown_TicksLateAfterTheRestart()
    {
        var clock = new ManualTimeProvider();
        var table = new MemoryReminderTable();
        await using (var first = await TestSilo.StartAsync(clock: clock, reminders: table))
        {
            await first.Grains.GetGrain<ITimerGrain>("sleeper").RegisterReminderAsync("start", TimeSpan.FromMinutes(30), TimeSpan.FromHours(24));
        }
        // The silo is down while the reminder falls due.
        clock.Advance(TimeSpan.FromHours(1));

        await using var second = await TestSilo.StartAsync(clock: clock, reminders: table);
        clock.Advance(TimeSpan.Zero);

        await second.Services.GetRequiredService<CallLog>().Signal("reminder sleeper start");
    }

    [Fact]
    public async Task Reminder_Unregistered_NoLongerTicks()
    {
        await using var silo = await TestSilo.StartAsync();
        var log = silo.Services.GetRequiredService<CallLog>();
        var grain = silo.Grains.GetGrain<ITimerGrain>("quiet");
        await grain.RegisterReminderAsync("beat", TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));

        await grain.UnregisterReminderAsync("beat");
        silo.Clock.Advance(TimeSpan.FromMinutes(5));
        await grain.TicksAsync();

        Assert.Equal(0, log.Count("reminder quiet beat"));
        Assert.Equal(0, silo.Runtime.Reminders.Count);
    }

    [Fact]
    public async Task Reminder_WithAPeriodBelowTheMinimum_IsRefused()
    {
        await using var silo = await TestSilo.StartAsync();

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => silo.Grains.GetGrain<ITimerGrain>("fast").RegisterReminderAsync("x", TimeSpan.Zero, TimeSpan.FromSeconds(5)));

        Assert.Contains("at least", error.Message, StringComparison.Ordinal);
    }
}

using Microsoft.Extensions.DependencyInjection;
using PracticePlatform.Runtime.Tests.Grains;

namespace PracticePlatform.Runtime.Tests;

public sealed class TimerTests
{
    [Fact]
    public async Task GrainTimer_TicksAsTurnsOnTheTestClock()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<ITimerGrain>("t");
        await grain.StartTimerAsync(gated: false);

        for (var i = 0; i < 3; i++)
        {
            silo.Clock.Advance(TimeSpan.FromSeconds(1));
            await grain.TicksAsync();
        }

        Assert.Equal(3, await grain.TicksAsync());
    }

    [Fact]
    public async Task GrainTimer_NeverOverlapsItself_TheNextPeriodStartsAfterTheTickEnds()
    {
        await using var silo = await TestSilo.StartAsync();
        var log = silo.Services.GetRequiredService<CallLog>();
        var grain = silo.Grains.GetGrain<ITimerGrain>("slow-tick");
        await grain.StartTimerAsync(gated: true);

        silo.Clock.Advance(TimeSpan.FromSeconds(1));
        await log.Signal("tick 1");
        silo.Clock.Advance(TimeSpan.FromSeconds(10));
        log.Open("tick 1");
        await grain.TicksAsync();
        silo.Clock.Advance(TimeSpan.FromSeconds(1));
        await log.Signal("tick 2");
        log.Open("tick 2");
        await grain.TicksAsync();

        Assert.Equal(0, log.Count("overlap"));
        Assert.Equal(2, await grain.TicksAsync());
    }

    [Fact]
    public async Task GrainTimer_Disposed_StopsTicking()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<ITimerGrain>("stopped");
        await grain.StartTimerAsync(gated: false);
        silo.Clock.Advance(TimeSpan.FromSeconds(1));
        await grain.StopTimerAsync();

        silo.Clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(1, await grain.TicksAsync());
    }

    [Fact]
    public async Task GrainTimer_DiesWithItsActivation()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<ITimerGrain>("mortal");
        await grain.StartTimerAsync(gated: false);
        await grain.DeactivateAsync();
        await grain.TicksAsync();

        silo.Clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(0, await grain.TicksAsync());
        // Only the runtime's own timers (idle collector, response-timeout sweep) are left.
        Assert.Equal(2, silo.Clock.PendingTimers);
    }

    [Fact]
    public async Task IdleCollection_WithOnlyANonKeepAliveTimer_CollectsTheActivation()
    {
        await using var silo = await TestSilo.StartAsync();
        await silo.Grains.GetGrain<ITimerGrain>("ticking").StartTimerAsync(gated: false);

        for (var second = 0; second < 17 * 60; second++)
        {
            silo.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        // Collection was requested on the clock; the deactivation itself runs on the activation, so wait for it.
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (silo.Runtime.ActivationsByType["timer"] != 0 && !deadline.IsCancellationRequested)
        {
            await Task.Yield();
        }
        Assert.Equal(0, silo.Runtime.ActivationsByType["timer"]);
    }
}

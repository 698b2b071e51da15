using Microsoft.Extensions.DependencyInjection;
using PracticePlatform.Runtime.Tests.Grains;

namespace PracticePlatform.Runtime.Tests;

public sealed class LifecycleTests
{
    [Fact]
    public async Task DeactivateOnIdle_RunsOnDeactivate_AndTheNextCallActivatesAfresh()
    {
        await using var silo = await TestSilo.StartAsync();
        var log = silo.Services.GetRequiredService<CallLog>();
        var grain = silo.Grains.GetGrain<ICounterGrain>("cycle");
        await grain.IncrementAsync();
        var firstActivation = await grain.ActivationNumberAsync();

        await grain.DeactivateAsync();
        var count = await grain.GetAsync();

        Assert.Equal(0, count);
        Assert.NotEqual(firstActivation, await grain.ActivationNumberAsync());
        Assert.Equal(["activate cycle", "deactivate cycle ApplicationRequested", "activate cycle"], log.Events);
    }

    [Fact]
    public async Task IdleCollection_DeactivatesOnlyActivationsIdleLongerThanTheCollectionAge()
    {
        await using var silo = await TestSilo.StartAsync(o =>
        {
            o.CollectionAge = TimeSpan.FromMinutes(15);
            o.CollectionQuantum = TimeSpan.FromMinutes(1);
        });
        var log = silo.Services.GetRequiredService<CallLog>();
        var idle = silo.Grains.GetGrain<ICounterGrain>("idle");
        var busy = silo.Grains.GetGrain<ICounterGrain>("busy");
        await idle.IncrementAsync();
        await busy.IncrementAsync();

        for (var minute = 0; minute < 16; minute++)
        {
            silo.Clock.Advance(TimeSpan.FromMinutes(1));
            await busy.IncrementAsync();
        }
        await idle.WhoAmIAsync();

        Assert.Equal(1, log.Count("deactivate idle IdleCollection"));
        Assert.Equal(0, log.Count("deactivate busy IdleCollection"));
        Assert.Equal(17, await busy.GetAsync());
    }

    [Fact]
    public async Task IdleActivation_YoungerThanTheCollectionAge_IsKept()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<ICounterGrain>("young");
        await grain.IncrementAsync();

        silo.Clock.Advance(TimeSpan.FromMinutes(14));

        Assert.Equal(1, await grain.GetAsync());
    }
}

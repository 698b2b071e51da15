using Microsoft.Extensions.DependencyInjection;
using PracticePlatform.Runtime.Tests.Grains;

namespace PracticePlatform.Runtime.Tests;

public sealed class CallTests
{
    [Fact]
    public async Task Call_ToNewKey_ActivatesTheGrainAndAnswers()
    {
        await using var silo = await TestSilo.StartAsync();
        var counter = silo.Grains.GetGrain<ICounterGrain>("a");

        Assert.Equal(1, await counter.IncrementAsync());
        Assert.Equal(2, await counter.IncrementAsync());
        Assert.Equal("counter/a", await counter.WhoAmIAsync());
        Assert.Equal(1, silo.Runtime.ActivationCount);
    }

    [Fact]
    public async Task References_WithTheSameKey_ReachTheSameActivation()
    {
        await using var silo = await TestSilo.StartAsync();

        await silo.Grains.GetGrain<ICounterGrain>("shared").IncrementAsync();
        var second = await silo.Grains.GetGrain<ICounterGrain>("shared").IncrementAsync();

        Assert.Equal(2, second);
        Assert.Equal(0, await silo.Grains.GetGrain<ICounterGrain>("other").GetAsync());
    }

    [Fact]
    public async Task GuidAndIntegerKeys_RoundTripToTheGrain()
    {
        await using var silo = await TestSilo.StartAsync();
        var key = Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff");

        Assert.Equal(key, await silo.Grains.GetGrain<IGuidKeyedGrain>(key).KeyAsync());
        Assert.Equal(-42L, await silo.Grains.GetGrain<IIntegerKeyedGrain>(-42).KeyAsync());
    }

    [Fact]
    public async Task Exception_ThrownInAGrain_ReachesTheCallerWithItsTypeAndMessage()
    {
        await using var silo = await TestSilo.StartAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => silo.Grains.GetGrain<ICounterGrain>("boom").FailAsync("the disk is full"));

        Assert.Equal("the disk is full", error.Message);
        Assert.Equal(0, await silo.Grains.GetGrain<ICounterGrain>("boom").GetAsync());
    }

    [Fact]
    public async Task Call_NotAnsweredInTime_SurfacesAsTimeoutExceptionNamingTheCall()
    {
        await using var silo = await TestSilo.StartAsync(o => o.ResponseTimeout = TimeSpan.FromSeconds(5));
        var log = silo.Services.GetRequiredService<CallLog>();
        var grain = silo.Grains.GetGrain<ITurnGrain>("slow");

        var call = grain.WaitAsync("never");
        await log.Signal("entered never");
        silo.Clock.Advance(TimeSpan.FromSeconds(6));

        var error = await Assert.ThrowsAsync<TimeoutException>(() => call);
        Assert.Contains("turn/slow.WaitAsync", error.Message, StringComparison.Ordinal);
        log.Open("never");
    }

    [Fact]
    public async Task CallCycle_BetweenNonReentrantGrains_IsReportedNamingTheGrains()
    {
        await using var silo = await TestSilo.StartAsync();

        var error = await Assert.ThrowsAsync<DeadlockException>(
            () => silo.Grains.GetGrain<ICycleGrain>("a").CallAlongAsync(["b", "a"]));

        Assert.Equal(["cycle/a", "cycle/b", "cycle/a"], error.CallChain.Select(g => g.ToString()));
        Assert.Contains("cycle/a -> cycle/b -> cycle/a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallChain_WithoutACycle_Completes()
    {
        await using var silo = await TestSilo.StartAsync();

        Assert.Equal("d", await silo.Grains.GetGrain<ICycleGrain>("a").CallAlongAsync(["b", "c", "d"]));
    }
}

using Microsoft.Extensions.DependencyInjection;
using PracticePlatform.Runtime.Tests.Grains;

namespace PracticePlatform.Runtime.Tests;

public sealed class TurnTests
{
    [Fact]
    public async Task ConcurrentCallers_OnANonReentrantGrain_RunOneTurnAtATimeInArrivalOrder()
    {
        await using var silo = await TestSilo.StartAsync();
        var log = silo.Services.GetRequiredService<CallLog>();
        var grain = silo.Grains.GetGrain<ITurnGrain>("serial");

        var calls = Enumerable.Range(0, 200).Select(i => Task.Run(() => grain.WorkAsync(i))).ToArray();
        await Task.WhenAll(calls);

        Assert.Equal(1, await grain.MaxConcurrencyAsync());
        Assert.Equal(200, log.Events.Count(e => e.StartsWith("work ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SequentialCalls_FromOneCaller_RunInOrder()
    {
        await using var silo = await TestSilo.StartAsync();
        var log = silo.Services.GetRequiredService<CallLog>();
        var grain = silo.Grains.GetGrain<ITurnGrain>("ordered");

        var calls = Enumerable.Range(0, 50).Select(grain.WorkAsync).ToArray();
        await Task.WhenAll(calls);

        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"work {i}"), log.Events);
    }

    [Fact]
    public async Task NonReentrantGrain_WhileATurnAwaits_HoldsTheNextRequest()
    {
        await using var silo = await TestSilo.StartAsync();
        var log = silo.Services.GetRequiredService<CallLog>();
        var grain = silo.Grains.GetGrain<ITurnGrain>("held");

        var first = grain.WaitAsync("first");
        await log.Signal("entered first");
        var second = grain.WorkAsync(1);

        Assert.False(second.IsCompleted);
        log.Open("first");
        await Task.WhenAll(first, second);
        Assert.Equal(["wait first", "work 1"], log.Events);
    }

    [Fact]
    public async Task ReentrantGrain_InterleavesRequestsAcrossAwaits()
    {
        await using var silo = await TestSilo.StartAsync();
        var log = silo.Services.GetRequiredService<CallLog>();
        var grain = silo.Grains.GetGrain<IReentrantTurnGrain>("r");

        var first = grain.WaitAsync("first");
        await log.Signal("entered first");
        var second = grain.WaitAsync("second");
        await log.Signal("entered second");
        log.Open("first");
        log.Open("second");
        await Task.WhenAll(first, second);

        Assert.Equal(2, await grain.MaxConcurrencyAsync());
    }

    [Fact]
    public async Task AlwaysInterleaveMethod_RunsWhileAnotherTurnAwaits()
    {
        await using var silo = await TestSilo.StartAsync();
        var log = silo.Services.GetRequiredService<CallLog>();
        var grain = silo.Grains.GetGrain<ITurnGrain>("busy");

        var blocked = grain.WaitAsync("gate");
        await log.Signal("entered gate");

        Assert.Equal("pong", await grain.PingAsync());
        Assert.False(blocked.IsCompleted);
        log.Open("gate");
        await blocked;
    }

    [Fact]
    public async Task ReadOnlyMethods_InterleaveWithEachOther_ButNotWithAWriter()
    {
        await using var silo = await TestSilo.StartAsync();
        var log = silo.Services.GetRequiredService<CallLog>();
        var grain = silo.Grains.GetGrain<ITurnGrain>("reads");

        var firstRead = grain.ReadAsync("read 1");
        await log.Signal("entered read 1");
        var secondRead = grain.ReadAsync("read 2");
        await log.Signal("entered read 2");
        var write = grain.WorkAsync(7);

        Assert.False(write.IsCompleted);
        log.Open("read 1");
        log.Open("read 2");
        await Task.WhenAll(firstRead, secondRead, write);
        Assert.Equal(["read read 1", "read read 2", "work 7"], log.Events);
        Assert.Equal(2, await grain.MaxConcurrencyAsync());
    }
}

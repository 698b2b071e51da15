using PracticePlatform.Runtime.Storage;
using PracticePlatform.Runtime.Tests.Grains;

namespace PracticePlatform.Runtime.Tests;

public sealed class StateTests
{
    [Fact]
    public async Task State_WrittenByOneActivation_IsReadByTheNext()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<IStatefulGrain>("s");
        await grain.AddAsync("one");
        await grain.AddAsync("two");

        await silo.Runtime.DeactivateAllAsync(DeactivationReason.ApplicationRequested);

        Assert.Equal(["one", "two"], await grain.ItemsAsync());
        Assert.Equal("2", await grain.ETagAsync());
    }

    [Fact]
    public async Task State_SurvivesARestartOfTheSilo()
    {
        var storage = new MemoryGrainStorage();
        await using (var first = await TestSilo.StartAsync(storage: storage))
        {
            await first.Grains.GetGrain<IStatefulGrain>("s").AddAsync("kept");
        }

        await using var second = await TestSilo.StartAsync(storage: storage);

        Assert.Equal(["kept"], await second.Grains.GetGrain<IStatefulGrain>("s").ItemsAsync());
    }

    [Fact]
    public async Task Write_WithAStaleETag_ThrowsAndTheNextCallReloadsState()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<IStatefulGrain>("contended");
        await grain.AddAsync("mine");
        // Someone else writes the same state behind this activation's back.
        var key = new GrainStateKey("stateful", "contended", "items");
        var stored = await silo.Storage.ReadAsync(key);
        await silo.Storage.WriteAsync(key, "{\"Values\":[\"theirs\"]}"u8.ToArray(), stored!.ETag);

        await Assert.ThrowsAsync<InconsistentStateException>(() => grain.AddAsync("lost"));

        Assert.Equal(["theirs"], await grain.ItemsAsync());
        await grain.AddAsync("after");
        Assert.Equal(["theirs", "after"], await grain.ItemsAsync());
    }

    [Fact]
    public async Task Clear_RemovesTheRecord_AndANewActivationStartsEmpty()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<IStatefulGrain>("c");
        await grain.AddAsync("x");

        await grain.ClearAsync();
        await silo.Runtime.DeactivateAllAsync(DeactivationReason.ApplicationRequested);

        Assert.Empty(await grain.ItemsAsync());
        var stored = await silo.Storage.ReadAsync(new GrainStateKey("stateful", "c", "items"));
        Assert.Null(stored!.Payload);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Orleans.Storage;
using PracticePlatform.Contracts.Faults;
using PracticePlatform.Contracts.People;
using PracticePlatform.Grains.Faults;

namespace PracticePlatform.Grains.Tests;

/// <summary>What survives an activation going away: idle collection, and a write that lost an ETag race.</summary>
[Collection(IdleGrainsCollection.Name)]
public sealed class StateAcrossActivationsTests(IdleGrainsCluster cluster)
{
    [Fact]
    public async Task AnIdlePerson_IsCollected_AndComesBackWithTheirState()
    {
        var id = Guid.NewGuid();
        var person = cluster.Client.GetGrain<IPersonGrain>(id);
        await person.CreateAsync(new NewPerson("Ida Idle", null, Experience.Novice, new Prerequisites(true, false), false, "hash"));

        // Orleans 10.4.2 measures idleness on the silo's clock: walk it past the 2 s age, a second at a time, giving
        // the collector's passes (also on that clock) their turn, until the activation is gone; bounded.
        var collected = cluster.WaitForDeactivationAsync(person.GetGrainId());
        for (var second = 0; second < 60 && !collected.IsCompleted; second++)
        {
            cluster.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(collected, Task.Delay(TimeSpan.FromMilliseconds(250), TimeProvider.System));
        }
        Assert.True(collected.IsCompleted, "The idle person was not collected within 60 s past its 2 s collection age.");
        await collected;
        var again = await person.GetAsync();

        Assert.Equal("Ida Idle", again.Name);
        Assert.Equal(new Prerequisites(true, false), again.Prerequisites);
    }

    [Fact]
    public async Task AWriteAfterSomeoneElseWrote_ThrowsInconsistentState_AndTheNextCallReadsWhatIsStored()
    {
        var key = FaultKey.Of(Guid.NewGuid(), "webapi-crash");
        var fault = cluster.Client.GetGrain<IFaultGrain>(key);
        var record = new FaultRecord(Guid.NewGuid(), "webapi-crash", "crash", "webapi", "ines", 60, DateTimeOffset.UnixEpoch);
        await fault.RecordInjectedAsync(record);
        await WriteBehindTheGrainsBackAsync(fault.GetGrainId(), record with { EndedBy = "someone else", EndedAtSecond = 90 });

        await Assert.ThrowsAsync<InconsistentStateException>(() => fault.RecordEndedAsync("ana", 120, DateTimeOffset.UnixEpoch, killSwitch: false));
        var stored = await fault.GetAsync();

        Assert.Equal("someone else", stored?.EndedBy);
        Assert.Equal(90, stored?.EndedAtSecond);
    }

    /// <summary>Another writer (a second activation after a split, an operator's fix) changes the stored record.</summary>
    private async Task WriteBehindTheGrainsBackAsync(GrainId grainId, FaultRecord record)
    {
        var storage = cluster.SiloServices.GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME);
        var state = new GrainState<FaultState>();
        await storage.ReadStateAsync("fault", grainId, state);
        state.State = new FaultState { Record = record };
        await storage.WriteStateAsync("fault", grainId, state);
    }
}

using PracticePlatform.Contracts.Faults;

namespace PracticePlatform.Grains.Faults;

/// <summary>See <see cref="IFaultGrain"/>.</summary>
public sealed class FaultGrain([PersistentState("fault")] IPersistentState<FaultState> state) : Grain, IFaultGrain
{
    public async Task RecordInjectedAsync(FaultRecord fault)
    {
        state.State.Record = fault;
        await state.WriteStateAsync();
    }

    public async Task RecordEndedAsync(string by, long second, DateTimeOffset wallTime, bool killSwitch)
    {
        if (state.State.Record is { EndedBy: null } record)
        {
            state.State.Record = record with { EndedBy = by, EndedAtSecond = second, EndedAtWall = wallTime, ClearedByKillSwitch = killSwitch };
            await state.WriteStateAsync();
        }
    }

    public Task<FaultRecord?> GetAsync() => Task.FromResult(state.State.Record);
}

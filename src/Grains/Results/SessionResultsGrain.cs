using System.Collections.Immutable;
using PracticePlatform.Contracts.Results;

namespace PracticePlatform.Grains.Results;

/// <summary>See <see cref="ISessionResultsGrain"/>.</summary>
public sealed class SessionResultsGrain([PersistentState("results")] IPersistentState<SessionResultsState> state) : Grain, ISessionResultsGrain
{
    public async Task RecordAsync(SessionResult result, ImmutableArray<Guid> participants)
    {
        var results = state.State.Results;
        var known = results.FindIndex(r => r.Result.SessionId == result.SessionId);
        if (known >= 0 && results[known].Result == result && results[known].Participants.SequenceEqual(participants))
        {
            return;
        }
        var recorded = new RecordedResult { Result = result, Participants = [.. participants] };
        if (known >= 0)
        {
            results[known] = recorded;
        }
        else
        {
            results.Add(recorded);
        }
        await state.WriteStateAsync();
    }

    public Task<ImmutableArray<SessionResult>> ListAsync(Guid? participant) =>
        Task.FromResult<ImmutableArray<SessionResult>>([
            .. state.State.Results
                .Where(r => participant is not { } person || r.Participants.Contains(person))
                .Select(r => r.Result)
                .OrderBy(r => r.DebriefedAt)
                .ThenBy(r => r.SessionId),
        ]);
}

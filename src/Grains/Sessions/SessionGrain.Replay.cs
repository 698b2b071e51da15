using PracticePlatform.Contracts.Cells;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.Sessions;

/// <summary>Replay: the session as it was at any past second, from its replay grain and its own timeline.</summary>
public sealed partial class SessionGrain
{
    public async Task<SessionReplay> ReplayAsync(Caller caller, long second)
    {
        EnsureExists();
        RequireMember(caller);
        // The replay shows injects and the cell's state that responders must find: the same rule as the answer.
        if (!SeesTheAnswer(caller))
        {
            throw new ParticipantNotAllowedException("Responders and observers replay the session after its debrief; admins and its instigators any time.");
        }
        if (!S.CellBuilt)
        {
            throw new SessionRuleException($"The session has no cell to replay before it starts; it is {S.Status}.");
        }
        await SyncAsync();
        if (second < 0 || second > S.Second)
        {
            throw new SessionArgumentException($"The second to replay must be between 0 and {S.Second} (the session's simulated second); {second} is not.");
        }
        var frame = await GrainFactory.GetGrain<ICellReplayGrain>(Id).AtAsync(S.ScenarioId, S.Seed, S.ManualInjects, second);
        return new SessionReplay(
            second,
            frame.Health,
            [.. frame.Alarms.Select(a => ToView(a, upTo: second))],
            frame.RequestTypes,
            [.. S.Timeline.Where(e => e.Second <= second)]);
    }
}

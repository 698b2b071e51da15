using PracticePlatform.Contracts.Participants;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.Sessions;

/// <summary>The roster, and who may do what in this session.</summary>
public sealed partial class SessionGrain
{
    public async Task<SessionView> AddParticipantAsync(Caller caller, Guid personId, ParticipantRole role, bool adminOverride)
    {
        EnsureExists();
        RequireInstigator(caller);
        if (!Enum.IsDefined(role))
        {
            throw new SessionArgumentException("The role must be instigator, responder or observer.");
        }
        if (adminOverride && !caller.IsAdmin)
        {
            throw new ParticipantNotAllowedException("Only an admin may override the roster rules.");
        }
        RequireStatus("add participants", SessionStatus.Draft, SessionStatus.Scheduled, SessionStatus.Running, SessionStatus.Paused);
        if (S.Participants.Any(p => p.PersonId == personId))
        {
            throw new SessionRuleException($"Person {personId} is already on the roster.");
        }
        await SyncAsync();
        await JoinAsync(personId, role, adminOverride);
        await SaveAsync();
        return View(caller);
    }

    /// <summary>Asks the person's grain (which keeps the played-scenario and secrecy rules), then records the participant.</summary>
    private async Task JoinAsync(Guid personId, ParticipantRole role, bool adminOverride, string how = "")
    {
        var person = await GrainFactory.GetGrain<IPersonGrain>(personId).GetAsync();
        await GrainFactory.GetGrain<IPersonGrain>(personId).JoinSessionAsync(Id, S.ScenarioId, role, adminOverride);
        await GrainFactory.GetGrain<IParticipantGrain>(ParticipantKey.Of(Id, personId)).JoinAsync(Id, personId, person.Name, role);
        S.Participants.Add(new Participant(personId, person.Name, role, person.Experience, person.Prerequisites.Met));
        Append("platform", TimelineKind.Roster, $"{person.Name} joined as {role.ToString().ToLowerInvariant()}{(adminOverride ? " (admin override)" : "")}{how}.");
    }

    private Participant? ParticipantOf(Caller caller) =>
        caller.PersonId is { } id ? S.Participants.FirstOrDefault(p => p.PersonId == id) : null;

    /// <summary>Participants and admins may read the session; nobody else learns anything about it.</summary>
    private void RequireMember(Caller caller)
    {
        if (!caller.IsAdmin && ParticipantOf(caller) is null)
        {
            throw new ParticipantNotAllowedException($"{caller.Name} is not on this session's roster.");
        }
    }

    /// <summary>Instigators control only their own sessions; admins any.</summary>
    private void RequireInstigator(Caller caller)
    {
        if (!caller.IsAdmin && ParticipantOf(caller)?.Role != ParticipantRole.Instigator)
        {
            throw new ParticipantNotAllowedException($"Only this session's instigators (or an admin) may do this; {caller.Name} is not one.");
        }
    }

    /// <summary>
    /// Whether the caller may see what was injected (faults, inject and revert entries on the timeline): admins and
    /// this session's instigators, and everyone once the debrief is held. Responders and observers must find it.
    /// </summary>
    /// <summary>
    /// Whether the caller may read when the session starts: always for a scheduled start; for a surprise start only
    /// admins and this session's instigators until the cell is built (it started).
    /// </summary>
    private bool KnowsTheStart(Caller caller) =>
        S.StartWindow is null || S.CellBuilt || caller.IsAdmin || ParticipantOf(caller)?.Role == ParticipantRole.Instigator;

    private bool SeesTheAnswer(Caller caller) =>
        caller.IsAdmin || S.Debrief is not null || ParticipantOf(caller)?.Role == ParticipantRole.Instigator;

    private Participant RequireResponder(Caller caller) =>
        ParticipantOf(caller) is { Role: ParticipantRole.Responder } participant
            ? participant
            : throw new ParticipantNotAllowedException($"Only this session's responders may do this; {caller.Name} is not one.");
}

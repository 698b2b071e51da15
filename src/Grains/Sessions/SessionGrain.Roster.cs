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
        if (S.Participants.FindIndex(p => p.PersonId == personId) is var index and >= 0)
        {
            return await ChangeRoleAsync(caller, index, role, adminOverride);
        }
        await SyncAsync();
        await JoinAsync(personId, role, adminOverride);
        await SaveAsync();
        return View(caller);
    }

    public async Task<SessionView> RemoveParticipantAsync(Caller caller, Guid personId)
    {
        EnsureExists();
        RequireInstigator(caller);
        RequireStatus("remove participants", SessionStatus.Draft, SessionStatus.Scheduled);
        var index = S.Participants.FindIndex(p => p.PersonId == personId);
        if (index < 0)
        {
            throw new SessionNotFoundException($"Person {personId} is not on this session's roster.");
        }
        var participant = S.Participants[index];
        RequireAnotherInstigator(participant, "removed");
        // The person did not play the scenario after all: their list of sessions and played scenarios forget this one.
        await GrainFactory.GetGrain<IPersonGrain>(personId).LeaveSessionAsync(Id);
        S.Participants.RemoveAt(index);
        Append(caller.Name, TimelineKind.Roster, $"{caller.Name} removed {participant.Name} from the roster.");
        await SaveAsync();
        return View(caller);
    }

    /// <summary>Re-adding someone on the roster with another role changes it, before the session starts.</summary>
    private async Task<SessionView> ChangeRoleAsync(Caller caller, int index, ParticipantRole role, bool adminOverride)
    {
        var participant = S.Participants[index];
        if (participant.Role == role)
        {
            throw new SessionRuleException($"{participant.Name} is already on the roster as {Named(role)}.");
        }
        RequireStatus("change a participant's role", SessionStatus.Draft, SessionStatus.Scheduled);
        RequireAnotherInstigator(participant, "made " + Named(role));
        await GrainFactory.GetGrain<IPersonGrain>(participant.PersonId).ChangeSessionRoleAsync(Id, S.ScenarioId, role, adminOverride);
        await GrainFactory.GetGrain<IParticipantGrain>(ParticipantKey.Of(Id, participant.PersonId)).JoinAsync(Id, participant.PersonId, participant.Name, role);
        S.Participants[index] = participant with { Role = role };
        Append(caller.Name, TimelineKind.Roster, $"{caller.Name} made {participant.Name} {(role == ParticipantRole.Responder ? "a" : "an")} {Named(role)}{(adminOverride ? " (admin override)" : "")}.");
        await SaveAsync();
        return View(caller);
    }

    /// <summary>A session without an instigator could be neither started nor stopped by anyone but an admin.</summary>
    private void RequireAnotherInstigator(Participant participant, string what)
    {
        if (participant.Role == ParticipantRole.Instigator && S.Participants.Count(p => p.Role == ParticipantRole.Instigator) == 1)
        {
            throw new SessionRuleException($"{participant.Name} is the session's last instigator and cannot be {what}; add another instigator first.");
        }
    }

    private static string Named(ParticipantRole role) => role.ToString().ToLowerInvariant();

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

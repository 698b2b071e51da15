using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.Sessions;

/// <summary>
/// The incident commander: one responder coordinating the response. While nobody holds it any responder may take it
/// (or give it to another responder); once held, only the commander hands it over, so nobody has it taken away
/// mid-call. Instigators and admins may give it any time (a group stuck without one, a commander who left).
/// </summary>
public sealed partial class SessionGrain
{
    public async Task<SessionView> SetCommanderAsync(Caller caller, Guid personId)
    {
        EnsureExists();
        RequireMember(caller);
        if (personId == Guid.Empty)
        {
            throw new SessionArgumentException("personId is required: the id of a responder of this session.");
        }
        var by = ParticipantOf(caller);
        var current = S.Commander is { } held ? S.Participants.FirstOrDefault(p => p.PersonId == held) : null;
        var steers = caller.IsAdmin || by?.Role == ParticipantRole.Instigator;
        if (!steers)
        {
            if (by?.Role != ParticipantRole.Responder)
            {
                throw new ParticipantNotAllowedException($"Only this session's responders, instigators or an admin may set the incident commander; {caller.Name} is an observer.");
            }
            if (current is not null && current.PersonId != by.PersonId)
            {
                throw new ParticipantNotAllowedException($"{current.Name} holds incident command; only they (or an instigator) may hand it over.");
            }
        }
        var next = S.Participants.FirstOrDefault(p => p.PersonId == personId)
            ?? throw new SessionNotFoundException($"personId {personId} is not on this session's roster.");
        if (next.Role != ParticipantRole.Responder)
        {
            throw new SessionRuleException($"{next.Name} is {(next.Role == ParticipantRole.Instigator ? "an instigator" : "an observer")}, not a responder; only responders hold incident command.");
        }
        RequireStatus("set the incident commander", SessionStatus.Running, SessionStatus.Paused, SessionStatus.Resolved, SessionStatus.Assessing);
        if (current?.PersonId == personId)
        {
            throw new SessionRuleException($"{next.Name} already holds incident command.");
        }
        await SyncAsync();
        S.Commander = personId;
        Append(caller.Name, TimelineKind.Commander, CommandText(caller, by, current, next));
        await SaveAsync();
        return View(caller);
    }

    private static string CommandText(Caller caller, Participant? by, Participant? current, Participant next)
    {
        // Taking it is only possible while nobody holds it: once held, the commander hands it over.
        if (by?.PersonId == next.PersonId)
        {
            return $"{next.Name} took incident command.";
        }
        if (current is not null && by?.PersonId == current.PersonId)
        {
            return $"{current.Name} handed incident command to {next.Name}.";
        }
        return current is null ? $"{caller.Name} gave incident command to {next.Name}." : $"{caller.Name} gave incident command to {next.Name} (from {current.Name}).";
    }
}

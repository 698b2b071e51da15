using PracticePlatform.Grains.People;
using PracticePlatform.Grains.Sessions;

namespace PracticePlatform.Api.WebConsole;

/// <summary>
/// Where the caller sits in one session: their role there (null when not on the roster) and whether they are the
/// admin, who may look at every session as its instigators do.
/// </summary>
public sealed record SessionSeat(SessionView Session, ParticipantRole? Role, bool IsAdmin, Caller Caller)
{
    /// <summary>Instigators and the admin: may drive the session and see its secrets.</summary>
    public bool Instigates => IsAdmin || Role == ParticipantRole.Instigator;

    /// <summary>Anyone on the roster, and the admin.</summary>
    public bool MayWatch => IsAdmin || Role is not null;

    /// <summary>The console page that fits the seat.</summary>
    public string ConsolePath => Role switch
    {
        _ when Session.Status is SessionStatus.Debriefed or SessionStatus.Closed => $"/sessions/{Session.Id}/debrief",
        ParticipantRole.Responder => $"/sessions/{Session.Id}/respond",
        ParticipantRole.Observer => $"/sessions/{Session.Id}/observe",
        _ when Session.Status is SessionStatus.Draft or SessionStatus.Scheduled => $"/sessions/{Session.Id}/setup",
        _ => $"/sessions/{Session.Id}/instigate",
    };
}

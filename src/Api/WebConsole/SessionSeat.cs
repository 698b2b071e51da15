using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.WebConsole;

/// <summary>
/// Where the caller sits in one session: their role there (null when not on the roster) and whether they are the
/// admin, who may look at every session as its instigators do. <see cref="ScenarioId"/> is for rendering the
/// scenario's tools and request types; pages name the scenario only when <see cref="KnowsScenario"/>.
/// </summary>
public sealed record SessionSeat(SessionView Session, string ScenarioId, ParticipantRole? Role, bool IsAdmin, Caller Caller)
{
    /// <summary>Instigators and the admin: may drive the session and see its secrets.</summary>
    public bool Instigates => IsAdmin || Role == ParticipantRole.Instigator;

    /// <summary>
    /// Whether the seat may know which scenario this is (its id and title can give the fault away): instigators and
    /// the admin always, everyone else once the session is debriefed.
    /// </summary>
    public bool KnowsScenario => Instigates || Session.Status is SessionStatus.Debriefed or SessionStatus.Closed;

    /// <summary>A name for the session that gives nothing away: "practice session" and the start of its id.</summary>
    public string NeutralName => Contracts.Sessions.NeutralName.Of(Session.Id);

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

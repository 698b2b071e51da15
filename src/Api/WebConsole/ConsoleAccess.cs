using System.Security.Claims;
using PracticePlatform.Api.Security;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Scenarios;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.WebConsole;

/// <summary>
/// What the console shows a caller. The grains stay the authority on what a caller may do; this only decides which
/// page and which parts of a page to render, with the same rules (secrets for instigators, the admin, and those
/// whose own debrief of the scenario was held).
/// </summary>
public sealed class ConsoleAccess(IGrainFactory grains)
{
    /// <summary>The caller's seat in session <paramref name="id"/>, or null when the session does not exist.</summary>
    public async Task<SessionSeat?> SeatAsync(Guid id, ClaimsPrincipal user)
    {
        var caller = user.ToCaller();
        SessionView session;
        string scenarioId;
        try
        {
            session = await grains.GetGrain<ISessionGrain>(id).GetAsync(caller);
            scenarioId = session.ScenarioId ?? await grains.GetGrain<ISessionGrain>(id).ScenarioIdAsync(caller);
        }
        catch (SessionNotFoundException)
        {
            return null;
        }
        catch (ParticipantNotAllowedException)
        {
            return null;
        }
        // A person may hold several roles in one session; the most capable one decides the page.
        var role = session.Participants.Where(p => p.PersonId == caller.PersonId).Select(p => (ParticipantRole?)p.Role).Min();
        return new SessionSeat(session, scenarioId, caller.IsAdmin ? role ?? ParticipantRole.Instigator : role, caller.IsAdmin, caller);
    }

    /// <summary>
    /// Whether the caller may see the scenario's solution, resolution criteria and instigator notes; a person who may
    /// is about to, and so counts as knowing the scenario (see <see cref="IPersonGrain.RevealSecretsOfAsync"/>).
    /// </summary>
    private async Task<bool> RevealSecretsAsync(string scenarioId, ClaimsPrincipal user)
    {
        var caller = user.ToCaller();
        return caller.IsAdmin || (caller.PersonId is { } id && await grains.GetGrain<IPersonGrain>(id).RevealSecretsOfAsync(scenarioId));
    }

    /// <summary>The scenario for display, with its secrets only when the caller may see them (or <paramref name="instigates"/> it now).</summary>
    public async Task<ScenarioDetails?> ScenarioAsync(string scenarioId, ClaimsPrincipal user, bool instigates = false) =>
        await grains.GetGrain<IScenarioCatalogGrain>(IScenarioCatalogGrain.Key)
            .GetDetailsAsync(scenarioId, includeSecrets: instigates || await RevealSecretsAsync(scenarioId, user));
}

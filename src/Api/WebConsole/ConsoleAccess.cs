using System.Security.Claims;
using PracticePlatform.Api.Security;
using PracticePlatform.Grains.People;
using PracticePlatform.Grains.Scenarios;
using PracticePlatform.Grains.Sessions;
using PracticePlatform.Runtime;

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
        SessionView session;
        try
        {
            session = await grains.GetGrain<ISessionGrain>(id).GetAsync();
        }
        catch (SessionNotFoundException)
        {
            return null;
        }
        var caller = user.ToCaller();
        var role = session.Participants.FirstOrDefault(p => string.Equals(p.Name, caller.Name, StringComparison.OrdinalIgnoreCase))?.Role;
        return new SessionSeat(session, caller.IsAdmin ? role ?? ParticipantRole.Instigator : role, caller.IsAdmin);
    }

    /// <summary>Whether the caller may see the scenario's solution, resolution criteria and instigator notes.</summary>
    public async Task<bool> MaySeeSecretsAsync(string scenarioId, ClaimsPrincipal user)
    {
        var caller = user.ToCaller();
        return caller.IsAdmin || (caller.PersonId is { } id && await grains.GetGrain<IPersonGrain>(id).MaySeeSecretsOfAsync(scenarioId));
    }

    /// <summary>The scenario for display, with its secrets only when the caller may see them.</summary>
    public async Task<ScenarioDetails?> ScenarioAsync(string scenarioId, ClaimsPrincipal user) =>
        await grains.GetGrain<IScenarioCatalogGrain>(IScenarioCatalogGrain.Key)
            .GetDetailsAsync(scenarioId, includeSecrets: await MaySeeSecretsAsync(scenarioId, user));
}

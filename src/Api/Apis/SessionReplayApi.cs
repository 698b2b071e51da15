using System.Security.Claims;
using PracticePlatform.Api.Security;
using PracticePlatform.Contracts.Sessions;
using static PracticePlatform.Api.Apis.SessionsApi;

namespace PracticePlatform.Api.Apis;

/// <summary>Replay: a session's cell, alarms, charts and timeline as they were at any past simulated second.</summary>
public static class SessionReplayApi
{
    public static IEndpointRouteBuilder MapSessionReplayApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/sessions/{id:guid}/replay", GetReplay).RequireAuthorization(Roles.Person).WithTags("Sessions")
            .WithSummary("Replay the session at a second")
            .WithDescription("Participants once the debrief is held; admins and the session's instigators any time after the start. The session as it was at simulated second `second` (0 to the session's second; outside that range 400 names it): services' health and per-request-type series as `GET /metrics` answered then, every alarm rule as `GET /alarms` answered then (firing or not, since when, acknowledged by whom by then), and the timeline entries up to and including that second. Rebuilt from the nearest checkpoint (every 2 simulated minutes) plus the action log.");
        return app;
    }

    private static Task<SessionReplay> GetReplay(Guid id, ClaimsPrincipal user, IGrainFactory grains, long? second = null) =>
        second is { } at
            ? Session(grains, id).ReplayAsync(user.ToCaller(), at)
            : throw new SessionArgumentException("Say which simulated second to replay: ?second=N.");
}

using System.Security.Claims;
using PracticePlatform.Api.Security;
using PracticePlatform.Contracts.Sessions;
using static PracticePlatform.Api.Apis.SessionsApi;

namespace PracticePlatform.Api.Apis;

/// <summary>Presence: who has the session's console open now.</summary>
public static class SessionPresenceApi
{
    public static IEndpointRouteBuilder MapSessionPresenceApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/sessions/{id:guid}/presence", GetPresence).RequireAuthorization(Roles.Person).WithTags("Sessions")
            .WithSummary("Who is here now")
            .WithDescription($"Participants and admins: each person who has a console of the session open now (its live feed), once however many tabs, with the role they have it open in (an admin off the roster counts as an instigator), by role then name. A console counts from its feed's first beat to its close, or {ISessionPresenceGrain.Expiry.TotalSeconds:0} s after its last beat when its frontend went away without closing it. The consoles hear of changes on their live feed (event `presence`).");
        return app;
    }

    private static async Task<SessionPresence> GetPresence(Guid id, ClaimsPrincipal user, IGrainFactory grains)
    {
        // The session decides who may look (404 when unknown, 403 off the roster).
        await Session(grains, id).GetAsync(user.ToCaller());
        return await grains.GetGrain<ISessionPresenceGrain>(id).GetAsync();
    }
}

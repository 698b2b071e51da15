using System.Security.Claims;
using PracticePlatform.Api.Hosting;
using PracticePlatform.Api.Security;
using PracticePlatform.Contracts.Sessions;
using static PracticePlatform.Api.Apis.SessionsApi;

namespace PracticePlatform.Api.Apis;

/// <summary>The incident commander role among a session's responders.</summary>
public static class SessionCommanderApi
{
    public static IEndpointRouteBuilder MapSessionCommanderApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/sessions/{id:guid}/commander", SetCommander).RequireAuthorization(Roles.Person).WithTags("Sessions")
            .WithSummary("Take or hand over incident command")
            .WithDescription("Gives incident command to `personId`, a responder of the session, while it is Running, Paused, Resolved or Assessing; answers the session, whose `commander` names the holder. "
                + "While nobody holds it any responder may take it or give it to a responder; once held, only the commander hands it over (403 for other responders); instigators and admins may give it any time; observers never. "
                + "400 without a personId; 404 when the person is not on the roster; 409 when they are not a responder, already hold it, or the session is not live. The change is on the timeline.")
            .WithRequestExample("""{ "personId": "{personId}" }""");
        return app;
    }

    private static Task<SessionView> SetCommander(Guid id, CommanderRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        Session(grains, id).SetCommanderAsync(user.ToCaller(), request.PersonId ?? Guid.Empty);
}

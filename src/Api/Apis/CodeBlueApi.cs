using System.Security.Claims;
using PracticePlatform.Api.Hosting;
using PracticePlatform.Api.Security;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Apis;

/// <summary>
/// Code Blue: an instigator makes a session page its cohort (or named people) when it starts; anyone paged joins as a
/// responder (or observer, when they already took part in the scenario) until an instigator closes joining.
/// </summary>
public static class CodeBlueApi
{
    public static IEndpointRouteBuilder MapCodeBlueApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sessions").RequireAuthorization(Roles.Person).WithTags("Sessions");
        group.MapPost("/{id:guid}/code-blue", CallCodeBlue).WithSummary("Make the session a Code Blue")
            .WithDescription("Instigator, while Draft or Scheduled: when the session starts, every member of its cohort (or the people named in the body's 'people'; an empty list pages the cohort) is paged through the notification channels and may join.")
            .WithRequestExample("""{ "people": ["{personId}"] }""");
        group.MapPost("/{id:guid}/join", Join).WithSummary("Join a Code Blue")
            .WithDescription("A paged person, while joining is open and the session runs: joins as a responder, or as an observer when they already took part in the scenario or the roster has 6 responders; the answer says which and why.");
        group.MapPost("/{id:guid}/joining/close", CloseJoining).WithSummary("Close joining")
            .WithDescription("Instigator: paged people can no longer join (409).");
        return app;
    }

    private static Task<SessionView> CallCodeBlue(Guid id, CodeBlueRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        SessionsApi.Session(grains, id).CallCodeBlueAsync(user.ToCaller(), [.. request.People]);

    private static Task<JoinOutcome> Join(Guid id, ClaimsPrincipal user, IGrainFactory grains) =>
        SessionsApi.Session(grains, id).JoinCodeBlueAsync(user.ToCaller());

    private static Task<SessionView> CloseJoining(Guid id, ClaimsPrincipal user, IGrainFactory grains) =>
        SessionsApi.Session(grains, id).CloseJoiningAsync(user.ToCaller());
}

using System.Collections.Immutable;
using System.Security.Claims;
using PracticePlatform.Api.Hosting;
using PracticePlatform.Api.Security;
using PracticePlatform.Contracts.Cohorts;
using PracticePlatform.Contracts.Notifications;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Silo.Notifications;

namespace PracticePlatform.Api.Apis;

/// <summary>
/// Practice sessions: creation, listing, roster and lifecycle. The caller is the token's owner; the session grain
/// decides what they may do (admins anything an instigator may; instigators their own sessions; participants read).
/// </summary>
public static class SessionsApi
{
    public static IEndpointRouteBuilder MapSessionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sessions").RequireAuthorization(Roles.Person).WithTags("Sessions");
        group.MapPost("/", CreateSession).RequireAuthorization(Roles.Instigator).WithSummary("Create a session")
            .WithDescription("Admins and people allowed to instigate. A session of a scenario with a seed (default 1: every group gets the same starting conditions), an optional scheduled start (a durable reminder starts it) or start window (a surprise start: the platform draws the start inside it from the seed and tells only admins and instigators), cohort and outbound channels, and whether it is a Code Blue (paging the cohort, or codeBluePeople, when it starts). A person creating it becomes its instigator.")
            .WithRequestExample("""{ "scenarioId": "manta-webapi-crash", "seed": 7, "cohortId": "{cohortId}", "manualInjects": true }""");
        group.MapGet("/", ListSessions).WithSummary("List sessions")
            .WithDescription("The caller's sessions (every session for admins), newest last.");
        group.MapGet("/{id:guid}", GetSession).WithSummary("Get a session")
            .WithDescription("Participants and admins: status, roster with roster warnings, the cell's simulated second and pace, injected faults and the cell's digest.");
        group.MapPost("/{id:guid}/participants", AddParticipant).WithSummary("Add a participant")
            .WithDescription("The session's instigators and admins add a registered person as instigator, responder or observer (posting someone already on the roster with another role changes it, while Draft or Scheduled, never for the last instigator); the answer warns when the roster is outside the guidance. A person who took part in the scenario before, or was shown its solution, is refused as responder unless an admin overrides.")
            .WithRequestExample("""{ "personId": "{personId}", "role": "responder" }""");
        group.MapDelete("/{id:guid}/participants/{personId:guid}", RemoveParticipant).WithSummary("Remove a participant")
            .WithDescription("The session's instigators and admins, while Draft or Scheduled: takes a person off the roster, who then no longer counts as having played the scenario; never the last instigator.");
        group.MapPost("/{id:guid}/start", Start).WithSummary("Start the session")
            .WithDescription("Instigator: builds the cell and paces it; refused without at least one instigator and one responder.");
        group.MapPost("/{id:guid}/pause", Pause).WithSummary("Pause the session").WithDescription("Instigator: freezes the cell.");
        group.MapPost("/{id:guid}/resume", Resume).WithSummary("Resume the session").WithDescription("Instigator: carries on pacing the cell.");
        group.MapPost("/{id:guid}/speed", SetSpeed).WithSummary("Change the pace")
            .WithDescription("Instigator: simulated seconds per second, above 0 and at most 100 (1 is live).")
            .WithRequestExample("""{ "speed": 10 }""");
        group.MapPost("/{id:guid}/abort", Abort).WithSummary("Abort the session")
            .WithDescription("Instigator: the kill switch; clears every fault, restores the cell and ends the session.");
        group.MapPost("/{id:guid}/close", Close).WithSummary("Close the session").WithDescription("Instigator: closes a debriefed session.");
        group.MapGet("/{id:guid}/deliveries", GetDeliveries).WithSummary("Notification delivery attempts")
            .WithDescription("Participants and admins: every attempt to deliver the session's alarms and milestones to its webhooks and email, with outcome.");
        return app;
    }

    private static async Task<IResult> CreateSession(CreateSessionRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var id = Guid.NewGuid();
        var targets = new NotificationTargets([.. request.Notifications?.Webhooks ?? []], [.. request.Notifications?.Emails ?? []]);
        var view = await Session(grains, id).CreateAsync(user.ToCaller(), new NewSession(
            request.ScenarioId, request.Seed ?? 1, request.ScheduledStart, request.CohortId, targets,
            ManualInjects: request.ManualInjects ?? false, StartWindow: request.StartWindow?.ToStartWindow(), CodeBlue: request.CodeBlue ?? false, CodeBluePeople: [.. request.CodeBluePeople ?? []]));
        await grains.GetGrain<ISessionIndexGrain>(ISessionIndexGrain.Key).AddAsync(id);
        if (request.CohortId is { } cohort)
        {
            await grains.GetGrain<ICohortGrain>(cohort).AddSessionAsync(id);
        }
        return TypedResults.Created($"/api/sessions/{id}", view);
    }

    private static async Task<SessionView[]> ListSessions(ClaimsPrincipal user, IGrainFactory grains)
    {
        var caller = user.ToCaller();
        ImmutableArray<Guid> ids = caller.PersonId is { } person
            ? [.. (await grains.GetGrain<IPersonGrain>(person).GetAsync()).Participations.Select(p => p.SessionId)]
            : await grains.GetGrain<ISessionIndexGrain>(ISessionIndexGrain.Key).ListAsync();
        return await Task.WhenAll(ids.Select(id => Session(grains, id).GetAsync(caller)));
    }

    private static Task<SessionView> GetSession(Guid id, ClaimsPrincipal user, IGrainFactory grains) => Session(grains, id).GetAsync(user.ToCaller());

    private static Task<SessionView> AddParticipant(Guid id, ParticipantRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        Session(grains, id).AddParticipantAsync(user.ToCaller(), request.PersonId, request.Role, request.Override ?? false);

    private static Task<SessionView> RemoveParticipant(Guid id, Guid personId, ClaimsPrincipal user, IGrainFactory grains) =>
        Session(grains, id).RemoveParticipantAsync(user.ToCaller(), personId);

    private static Task<SessionView> Start(Guid id, ClaimsPrincipal user, IGrainFactory grains) => Session(grains, id).StartAsync(user.ToCaller());

    private static Task<SessionView> Pause(Guid id, ClaimsPrincipal user, IGrainFactory grains) => Session(grains, id).PauseAsync(user.ToCaller());

    private static Task<SessionView> Resume(Guid id, ClaimsPrincipal user, IGrainFactory grains) => Session(grains, id).ResumeAsync(user.ToCaller());

    private static Task<SessionView> SetSpeed(Guid id, SpeedRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        Session(grains, id).SetSpeedAsync(user.ToCaller(), request.Speed);

    private static Task<SessionView> Abort(Guid id, ClaimsPrincipal user, IGrainFactory grains) => Session(grains, id).AbortAsync(user.ToCaller());

    private static Task<SessionView> Close(Guid id, ClaimsPrincipal user, IGrainFactory grains) => Session(grains, id).CloseAsync(user.ToCaller());

    private static async Task<ImmutableArray<DeliveryAttempt>> GetDeliveries(Guid id, ClaimsPrincipal user, IGrainFactory grains)
    {
        var caller = user.ToCaller();
        var view = await Session(grains, id).GetAsync(caller);
        // Email addresses are personal (a Code Blue pages a whole cohort): only admins and the session's instigators,
        // who chose the session's targets, see them; others see how many addresses a delivery went to.
        var seesAddresses = caller.IsAdmin || view.Participants.Any(p => p.PersonId == caller.PersonId && p.Role == ParticipantRole.Instigator);
        return [.. (await grains.GetGrain<IDeliveryLogGrain>(id).ListAsync()).Select(d => d.Channel switch
        {
            // A webhook URL's path is its secret: participants see where a delivery went, not how to post there.
            DeliveryOutcomes.WebhookChannel => d with { Target = WebhookSender.Redact(d.Target) },
            DeliveryOutcomes.EmailChannel when !seesAddresses => d with { Target = AddressCount(d.Target) },
            _ => d,
        })];
    }

    private static string AddressCount(string target)
    {
        var count = target.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;
        return count == 1 ? "1 address" : $"{count} addresses";
    }

    internal static ISessionGrain Session(IGrainFactory grains, Guid id) => grains.GetGrain<ISessionGrain>(id);
}

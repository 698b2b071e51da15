using System.Collections.Immutable;
using System.Security.Claims;
using PracticePlatform.Api.Hosting;
using PracticePlatform.Api.Security;
using PracticePlatform.Contracts.Sessions;
using static PracticePlatform.Api.Apis.SessionsApi;

namespace PracticePlatform.Api.Apis;

/// <summary>Stakeholders and support: stakeholder messages and answers, status updates and the practice status page.</summary>
public static class SessionStakeholdersApi
{
    public static IEndpointRouteBuilder MapSessionStakeholdersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sessions/{id:guid}").RequireAuthorization(Roles.Person).WithTags("Sessions");
        group.MapPost("/stakeholder-messages", PostStakeholderMessage).WithSummary("Post as a stakeholder")
            .WithDescription("Instigator: a message in the channel from a stakeholder's role (support, product, an executive), optionally expecting an answer; "
                + "400 when the text would reveal the scenario's solution (the same check as for hints). Running, Paused, Resolved or Assessing.")
            .WithRequestExample("""{ "from": "Product (Maya)", "text": "Do we have an ETA for a fix? Sales is asking.", "expectsAnswer": true }""");
        group.MapGet("/stakeholder-messages", GetStakeholderMessages).WithSummary("Stakeholder messages")
            .WithDescription("Participants: every stakeholder message so far (scripted by the scenario or posted by an instigator), numbered from 1, with its answer.");
        group.MapPost("/stakeholder-messages/{number:int}/answer", AnswerStakeholder).WithSummary("Answer a stakeholder")
            .WithDescription("Responder: answers stakeholder message `number` in the channel; the first answer marks it answered.")
            .WithRequestExample("""{ "text": "We are investigating failing requests; next update in 15 minutes." }""");
        group.MapPost("/status-updates", PostStatusUpdate).WithSummary("Post a status update")
            .WithDescription("Responder: a status update for `internal` stakeholders or `customers`, promising the next in `nextUpdateInMinutes` (1-1440); "
                + "it goes on the practice status page and the timeline, and the debrief judges it against the scenario's cadence and its own promise.")
            .WithRequestExample("""{ "audience": "customers", "text": "Some requests are failing. We are investigating.", "nextUpdateInMinutes": 15 }""");
        group.MapGet("/status-page", GetStatusPage).WithSummary("Practice status page")
            .WithDescription("Participants: the session's status page built from the status updates, newest first, always marked as a practice.");
        return app;
    }

    private static Task<StakeholderMessage> PostStakeholderMessage(Guid id, StakeholderMessageRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        Session(grains, id).PostStakeholderMessageAsync(user.ToCaller(), request.From, request.Text, request.ExpectsAnswer ?? false);

    private static Task<ImmutableArray<StakeholderMessage>> GetStakeholderMessages(Guid id, ClaimsPrincipal user, IGrainFactory grains) =>
        Session(grains, id).StakeholderMessagesAsync(user.ToCaller());

    private static Task<StakeholderMessage> AnswerStakeholder(Guid id, int number, StakeholderAnswerRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        Session(grains, id).AnswerStakeholderAsync(user.ToCaller(), number, request.Text);

    private static Task<StatusUpdate> PostStatusUpdate(Guid id, StatusUpdateRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        Session(grains, id).PostStatusUpdateAsync(user.ToCaller(), request.Audience, request.Text, request.NextUpdateInMinutes);

    private static Task<StatusPage> GetStatusPage(Guid id, ClaimsPrincipal user, IGrainFactory grains) =>
        Session(grains, id).StatusPageAsync(user.ToCaller());
}

using System.Collections.Immutable;
using System.Security.Claims;
using PracticePlatform.Api.Hosting;
using PracticePlatform.Api.Security;
using PracticePlatform.Contracts.Sessions;
using static PracticePlatform.Api.Apis.SessionsApi;

namespace PracticePlatform.Api.Apis;

/// <summary>After the outage: declaring restoration, the assessment, the debrief, lessons and the postmortem draft.</summary>
public static class SessionDebriefApi
{
    public static IEndpointRouteBuilder MapSessionDebriefApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sessions/{id:guid}").RequireAuthorization(Roles.Person).WithTags("Sessions");
        group.MapPost("/resolve", DeclareRestored).WithSummary("Declare service restored")
            .WithDescription("Responder: ends the live phase, also from Paused; the cell runs on (a paused one resumes at the session's speed) so the ground truth settles. Declaring while resolution criteria are unmet succeeds with a warning naming them (in `warnings`, and on the timeline entry).");
        group.MapPost("/assessment", SubmitAssessment).WithSummary("Submit the impact assessment")
            .WithDescription("Responder: impact start and end minute, failed share per request type, root cause and summary; a new one replaces the last.")
            .WithRequestExample("""
                { "startMinute": 3, "endMinute": 14, "failedShares": { "get-object": 0.4, "put-object": 0.4, "list-directory": 0.35 },
                  "rootCause": "webapi processes crashed and their restarter put them into maintenance",
                  "summary": "Half the web API instances went into maintenance at minute 3; svcadm clear brought them back by minute 14." }
                """);
        group.MapPost("/debrief", HoldDebrief).WithSummary("Hold the debrief")
            .WithDescription("Instigator: freezes the cell and puts the assessment beside the ground truth; from now on the participants may see the scenario's solution.");
        group.MapGet("/debrief", GetDebrief).WithSummary("Read the debrief")
            .WithDescription("Participants, once held: the assessment beside the ground truth; times to detect, acknowledge, mitigate and resolve from the first injection; hints used; blind alleys; lessons; and `resolution`, each resolution criterion in the scenario's YAML terms, whether it was met and how far from it the cell was.");
        group.MapPost("/lessons", AddLesson).WithSummary("Add a lesson learned")
            .WithDescription("Any participant, while assessing or after the debrief: a lesson learned (kind lesson, the default) or a suggestion for incident response (responseSuggestion) or for the practice (practiceSuggestion). Answers, in both phases, `lesson` (as saved) and `lessons` (every lesson so far).")
            .WithRequestExample("""{ "text": "Page the storage on-call when more than one webapi instance is in maintenance.", "kind": "responseSuggestion" }""");
        group.MapGet("/report.md", GetReport).WithSummary("Postmortem draft")
            .WithDescription("Participants, once the debrief is held: a postmortem draft in Markdown.");
        return app;
    }

    private static Task<SessionView> DeclareRestored(Guid id, ClaimsPrincipal user, IGrainFactory grains) => Session(grains, id).DeclareRestoredAsync(user.ToCaller());

    private static Task<SessionView> SubmitAssessment(Guid id, AssessmentRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        Session(grains, id).SubmitAssessmentAsync(user.ToCaller(), new ImpactAssessment(
            request.StartMinute, request.EndMinute, request.FailedShares.ToImmutableSortedDictionary(StringComparer.Ordinal), request.RootCause, request.Summary));

    private static Task<Debrief> HoldDebrief(Guid id, ClaimsPrincipal user, IGrainFactory grains) => Session(grains, id).HoldDebriefAsync(user.ToCaller());

    private static Task<Debrief> GetDebrief(Guid id, ClaimsPrincipal user, IGrainFactory grains) => Session(grains, id).GetDebriefAsync(user.ToCaller());

    private static Task<SavedLesson> AddLesson(Guid id, LessonRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        Session(grains, id).AddLessonAsync(user.ToCaller(), request.Text, request.Kind);

    private static async Task<IResult> GetReport(Guid id, ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Text(await Session(grains, id).ReportAsync(user.ToCaller()), "text/markdown; charset=utf-8");
}

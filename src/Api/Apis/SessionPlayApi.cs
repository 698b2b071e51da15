using System.Collections.Immutable;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using PracticePlatform.Api.Hosting;
using PracticePlatform.Api.Security;
using PracticePlatform.Contracts.Cells;
using PracticePlatform.Contracts.Faults;
using PracticePlatform.Contracts.Participants;
using PracticePlatform.Contracts.Sessions;
using static PracticePlatform.Api.Apis.SessionsApi;

namespace PracticePlatform.Api.Apis;

/// <summary>The live practice: faults, alarms, commands, the channel, the timeline and the cell's metrics.</summary>
public static class SessionPlayApi
{
    /// <summary>The response header of a timeline read giving the cursor to read on from.</summary>
    public const string TimelineCursorHeader = "Timeline-Cursor";

    public static IEndpointRouteBuilder MapSessionPlayApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sessions/{id:guid}").RequireAuthorization(Roles.Person).WithTags("Sessions");
        group.MapPost("/faults", InjectFault).WithSummary("Inject a fault")
            .WithDescription("Instigator: starts one of the scenario's injects now; the fault's id is the inject id. 409 when the cell refuses it (the fault is already active), with the reason as the problem's detail.")
            .WithRequestExample("""{ "injectId": "webapi-crash" }""");
        group.MapDelete("/faults/{faultId}", RevertFault).WithSummary("Revert a fault")
            .WithDescription("Instigator: undoes an injected fault; also after restoration is declared (Resolved, Assessing), while the cell runs. 409 when the cell refuses it (the fault is no longer active), with the reason as the problem's detail.");
        group.MapGet("/faults", GetFaultHistory).WithSummary("Fault history")
            .WithDescription("Admins and the session's instigators (every participant once the debrief is held): each injected fault, who injected it at which simulated second and wall time, who ended it (revert or kill switch) when, and its state: active, mitigated by the responders (with the simulated second), reverted or cleared.");
        group.MapGet("/alarms", GetAlarms).WithSummary("List alarms")
            .WithDescription("Participants: every alarm rule of the cell, firing or not, and who acknowledged its current firing.");
        group.MapPost("/alarms/{alarmId}/ack", AcknowledgeAlarm).WithSummary("Acknowledge an alarm")
            .WithDescription("Responder: acknowledges a firing alarm; the first acknowledgement sets the time to acknowledge.");
        group.MapPost("/commands", RunCommand).WithSummary("Run a command")
            .WithDescription("Responder: runs a tool command or remediation against the cell and returns its output; `help` lists what the scenario offers.")
            .WithRequestExample("""{ "commandLine": "svcs -xv" }""");
        group.MapGet("/commands", GetCommandHistory).WithSummary("My command history")
            .WithDescription("The caller's own commands in this session with their output, oldest first.");
        group.MapGet("/channel", GetChannel).WithSummary("Read the channel")
            .WithDescription("Participants: alarms, messages, help requests, pointers and hints, in order.");
        group.MapPost("/channel", PostToChannel).WithSummary("Post to the channel")
            .WithDescription("Responders post messages and help requests; instigators only pointers (the scenario's or an http(s) link) and hints phrased as questions; observers cannot post.")
            .WithRequestExample("""{ "kind": "message", "text": "webapi-3 is in maintenance; clearing it" }""");
        group.MapGet("/timeline", GetTimeline).WithSummary("Read the timeline")
            .WithDescription("Participants: every entry after the cursor `after` (default 0), with simulated second, wall time, actor and kind. "
                + "Responders and observers get inject and revert entries only after the debrief, and until then a public numbering without gaps; "
                + "a cursor is a sequence number (`12`, in the numbering the caller gets now) or a public one (`p12`). "
                + "The `Timeline-Cursor` response header is the cursor to pass next: it stays exact across the debrief.");
        group.MapGet("/metrics", GetMetrics).WithSummary("Cell metrics")
            .WithDescription("Participants: services' health this second and, per request type, success rate and p99 latency for each of the last 60 minutes.");
        group.MapGet("/events", SessionEvents.StreamAsync).WithSummary("Live events")
            .WithDescription("Participants: server-sent events, one `timeline` event per new timeline entry (id = the cursor after it, as for `after`: `12`, or `p12` before the debrief for responders and observers; reconnect with Last-Event-ID).");
        return app;
    }

    private static async Task<Results<Ok<CommandOutcome>, ProblemHttpResult>> InjectFault(Guid id, InjectRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        Answer(await Session(grains, id).InjectAsync(user.ToCaller(), request.InjectId), "Inject refused");

    private static async Task<Results<Ok<CommandOutcome>, ProblemHttpResult>> RevertFault(Guid id, string faultId, ClaimsPrincipal user, IGrainFactory grains) =>
        Answer(await Session(grains, id).RevertAsync(user.ToCaller(), faultId), "Revert refused");

    /// <summary>
    /// An inject or revert the cell refused did not happen: a conflict with the cell's state, not a result, unlike a
    /// tool command that fails (whose output is the answer, as in a terminal). The refusal stays on the timeline.
    /// </summary>
    private static Results<Ok<CommandOutcome>, ProblemHttpResult> Answer(CommandOutcome outcome, string refused) =>
        outcome.Ok ? TypedResults.Ok(outcome) : TypedResults.Problem(outcome.Output.Trim(), statusCode: StatusCodes.Status409Conflict, title: refused);

    private static Task<ImmutableArray<FaultRecord>> GetFaultHistory(Guid id, ClaimsPrincipal user, IGrainFactory grains) =>
        Session(grains, id).FaultHistoryAsync(user.ToCaller());

    private static Task<ImmutableArray<AlarmView>> GetAlarms(Guid id, ClaimsPrincipal user, IGrainFactory grains) =>
        Session(grains, id).AlarmsAsync(user.ToCaller());

    private static Task<AlarmView> AcknowledgeAlarm(Guid id, string alarmId, ClaimsPrincipal user, IGrainFactory grains) =>
        Session(grains, id).AcknowledgeAlarmAsync(user.ToCaller(), alarmId);

    private static Task<CommandOutcome> RunCommand(Guid id, CommandRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        Session(grains, id).RunCommandAsync(user.ToCaller(), request.CommandLine);

    private static Task<ImmutableArray<CommandRecord>> GetCommandHistory(Guid id, ClaimsPrincipal user, IGrainFactory grains) =>
        Session(grains, id).CommandHistoryAsync(user.ToCaller());

    private static Task<ImmutableArray<TimelineEntry>> GetChannel(Guid id, ClaimsPrincipal user, IGrainFactory grains) =>
        Session(grains, id).ChannelAsync(user.ToCaller());

    private static Task<TimelineEntry> PostToChannel(Guid id, ChannelPostRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        Session(grains, id).PostAsync(user.ToCaller(), request.Kind, request.Text);

    /// <summary>
    /// The entries after the cursor <paramref name="after"/>, numbered for the caller; the <c>Timeline-Cursor</c>
    /// header is the cursor to pass next, which stays exact across the debrief.
    /// </summary>
    private static async Task<ImmutableArray<TimelineEntry>> GetTimeline(Guid id, ClaimsPrincipal user, IGrainFactory grains, HttpContext context, string? after = null)
    {
        var cursor = TimelineCursor.Parse(after, "The query parameter \"after\"");
        var page = await Session(grains, id).ReadTimelineAsync(user.ToCaller(), cursor);
        context.Response.Headers[TimelineCursorHeader] = (page.Entries.IsEmpty ? cursor with { Public = cursor.Public || page.Public } : page.CursorAfter(page.Entries[^1])).ToString();
        return page.Entries;
    }

    private static Task<CellMetrics> GetMetrics(Guid id, ClaimsPrincipal user, IGrainFactory grains) =>
        Session(grains, id).MetricsAsync(user.ToCaller());
}

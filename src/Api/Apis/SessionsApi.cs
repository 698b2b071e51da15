using System.Collections.Immutable;
using PracticePlatform.Api.Security;
using PracticePlatform.Grains.Sessions;
using PracticePlatform.Runtime;

namespace PracticePlatform.Api.Apis;

/// <summary>
/// Practice sessions: roster, lifecycle, faults, commands, channel, timeline, assessment and debrief. For now every
/// endpoint takes the admin token and names the acting participant in <c>actor</c>, checked against the roster and role.
/// </summary>
public static class SessionsApi
{
    public static IEndpointRouteBuilder MapSessionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sessions").RequireAuthorization(Roles.Admin).WithTags("Sessions");
        group.MapPost("/", CreateSession).WithSummary("Create a session")
            .WithDescription("A session of a built-in scenario with a seed (default 1: every group gets the same starting conditions) and an optional scheduled start.");
        group.MapGet("/{id:guid}", GetSession).WithSummary("Get a session")
            .WithDescription("Status, roster with roster warnings, the cell's simulated second, injected faults and the cell's digest.");
        group.MapPost("/{id:guid}/participants", AddParticipant).WithSummary("Add a participant")
            .WithDescription("Adds an instigator, responder or observer; the answer warns when the roster is outside 1-3 instigators and 3-6 responders.");
        group.MapPost("/{id:guid}/start", Start).WithSummary("Start the session")
            .WithDescription("Instigator: builds the cell and paces it at 1x; refused without at least one instigator and one responder.");
        group.MapPost("/{id:guid}/pause", Pause).WithSummary("Pause the session").WithDescription("Instigator: freezes the cell.");
        group.MapPost("/{id:guid}/resume", Resume).WithSummary("Resume the session").WithDescription("Instigator: carries on pacing the cell.");
        group.MapPost("/{id:guid}/abort", Abort).WithSummary("Abort the session")
            .WithDescription("Instigator: the kill switch; clears every fault, restores the cell and ends the session.");
        group.MapPost("/{id:guid}/faults", InjectFault).WithSummary("Inject a fault")
            .WithDescription("Instigator: starts one of the scenario's injects now; the fault's id is the inject id.");
        group.MapDelete("/{id:guid}/faults/{faultId}", RevertFault).WithSummary("Revert a fault")
            .WithDescription("Instigator (named in the query: ?actor=): undoes an injected fault.");
        group.MapPost("/{id:guid}/commands", RunCommand).WithSummary("Run a command")
            .WithDescription("Responder: runs a tool command or remediation against the cell and returns its output; `help` lists what the scenario offers.");
        group.MapGet("/{id:guid}/channel", GetChannel).WithSummary("Read the channel")
            .WithDescription("Alarms, messages, help requests, pointers and hints, in order.");
        group.MapPost("/{id:guid}/channel", PostToChannel).WithSummary("Post to the channel")
            .WithDescription("Responders post messages and help requests; instigators only pointers and hints phrased as questions; observers cannot post.");
        group.MapGet("/{id:guid}/timeline", GetTimeline).WithSummary("Read the timeline")
            .WithDescription("Every entry with a sequence number above `after` (default 0), with simulated second, wall time, actor and kind.");
        group.MapPost("/{id:guid}/resolve", DeclareRestored).WithSummary("Declare service restored")
            .WithDescription("Responder: ends the live phase; the cell keeps running so the ground truth settles.");
        group.MapPost("/{id:guid}/assessment", SubmitAssessment).WithSummary("Submit the impact assessment")
            .WithDescription("Responder: impact start and end minute, failed share per request type, root cause and summary; a new one replaces the last.");
        group.MapPost("/{id:guid}/debrief", HoldDebrief).WithSummary("Hold the debrief")
            .WithDescription("Instigator: freezes the cell and puts the assessment beside the ground truth.");
        group.MapGet("/{id:guid}/debrief", GetDebrief).WithSummary("Read the debrief")
            .WithDescription("The assessment beside the ground truth, times to detect, acknowledge, mitigate and resolve, commands run and hints given.");
        group.MapPost("/{id:guid}/close", Close).WithSummary("Close the session").WithDescription("Instigator: closes a debriefed session.");
        return app;
    }

    /// <summary>Creates a session.</summary>
    private static async Task<IResult> CreateSession(CreateSessionRequest request, IGrainFactory grains)
    {
        var id = Guid.NewGuid();
        var view = await grains.GetGrain<ISessionGrain>(id).CreateAsync(new NewSession(request.ScenarioId, request.Seed ?? 1, request.ScheduledStart));
        return TypedResults.Created($"/api/sessions/{id}", view);
    }

    private static Task<SessionView> GetSession(Guid id, IGrainFactory grains) => Session(grains, id).GetAsync();

    private static Task<SessionView> AddParticipant(Guid id, ParticipantRequest request, IGrainFactory grains) =>
        Session(grains, id).AddParticipantAsync(new Participant(request.Name, request.Role));

    private static Task<SessionView> Start(Guid id, ActorRequest request, IGrainFactory grains) => Session(grains, id).StartAsync(request.Actor);

    private static Task<SessionView> Pause(Guid id, ActorRequest request, IGrainFactory grains) => Session(grains, id).PauseAsync(request.Actor);

    private static Task<SessionView> Resume(Guid id, ActorRequest request, IGrainFactory grains) => Session(grains, id).ResumeAsync(request.Actor);

    private static Task<SessionView> Abort(Guid id, ActorRequest request, IGrainFactory grains) => Session(grains, id).AbortAsync(request.Actor);

    private static Task<CommandOutcome> InjectFault(Guid id, InjectRequest request, IGrainFactory grains) =>
        Session(grains, id).InjectAsync(request.Actor, request.InjectId);

    private static Task<CommandOutcome> RevertFault(Guid id, string faultId, string actor, IGrainFactory grains) =>
        Session(grains, id).RevertAsync(actor, faultId);

    private static Task<CommandOutcome> RunCommand(Guid id, CommandRequest request, IGrainFactory grains) =>
        Session(grains, id).RunCommandAsync(request.Actor, request.CommandLine);

    private static Task<ImmutableArray<TimelineEntry>> GetChannel(Guid id, IGrainFactory grains) => Session(grains, id).ChannelAsync();

    private static Task<TimelineEntry> PostToChannel(Guid id, ChannelPostRequest request, IGrainFactory grains) =>
        Session(grains, id).PostAsync(request.Actor, request.Kind, request.Text);

    private static Task<ImmutableArray<TimelineEntry>> GetTimeline(Guid id, IGrainFactory grains, long after = 0) => Session(grains, id).TimelineAsync(after);

    private static Task<SessionView> DeclareRestored(Guid id, ActorRequest request, IGrainFactory grains) => Session(grains, id).DeclareRestoredAsync(request.Actor);

    private static Task<SessionView> SubmitAssessment(Guid id, AssessmentRequest request, IGrainFactory grains) =>
        Session(grains, id).SubmitAssessmentAsync(request.Actor, new ImpactAssessment(
            request.StartMinute, request.EndMinute, request.FailedShares.ToImmutableSortedDictionary(StringComparer.Ordinal), request.RootCause, request.Summary));

    private static Task<Debrief> HoldDebrief(Guid id, ActorRequest request, IGrainFactory grains) => Session(grains, id).HoldDebriefAsync(request.Actor);

    private static Task<Debrief> GetDebrief(Guid id, IGrainFactory grains) => Session(grains, id).GetDebriefAsync();

    private static Task<SessionView> Close(Guid id, ActorRequest request, IGrainFactory grains) => Session(grains, id).CloseAsync(request.Actor);

    private static ISessionGrain Session(IGrainFactory grains, Guid id) => grains.GetGrain<ISessionGrain>(id);

    /// <summary>A new session: a built-in scenario's id, the cell's seed (default 1), an optional scheduled start.</summary>
    public sealed record CreateSessionRequest(string ScenarioId, ulong? Seed = null, DateTimeOffset? ScheduledStart = null);

    /// <summary>A participant to add: a name and a role (instigator, responder, observer).</summary>
    public sealed record ParticipantRequest(string Name, ParticipantRole Role);

    /// <summary>Names the participant acting.</summary>
    public sealed record ActorRequest(string Actor);

    /// <summary>An instigator's inject: one of the scenario's inject ids.</summary>
    public sealed record InjectRequest(string Actor, string InjectId);

    /// <summary>A responder's command line.</summary>
    public sealed record CommandRequest(string Actor, string CommandLine);

    /// <summary>A channel post: message, helpRequest (responders), pointer, hint (instigators).</summary>
    public sealed record ChannelPostRequest(string Actor, ChannelPostKind Kind, string Text);

    /// <summary>The impact assessment: minutes since the cell started, failed share (0-1) per request type, root cause, summary.</summary>
    public sealed record AssessmentRequest(string Actor, long StartMinute, long EndMinute, IReadOnlyDictionary<string, double> FailedShares, string RootCause, string Summary);
}

using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Apis;

/// <summary>
/// A new session: a scenario's id, the cell's seed (default 1), an optional scheduled start (or a start window for a
/// surprise start) and cohort, outbound channels, whether the instigators inject the faults by hand
/// (<c>manualInjects</c>; default false: the scenario's script injects them at its own times), and whether it runs as
/// a Code Blue paging its cohort (or the people in <c>codeBluePeople</c>).
/// </summary>
public sealed record CreateSessionRequest(
    string ScenarioId,
    ulong? Seed = null,
    DateTimeOffset? ScheduledStart = null,
    Guid? CohortId = null,
    NotificationsRequest? Notifications = null,
    bool? ManualInjects = null,
    StartWindowRequest? StartWindow = null,
    bool? CodeBlue = null,
    IReadOnlyList<Guid>? CodeBluePeople = null);

/// <summary>When a surprise start may fall: Monday to Friday, <c>from</c> until <c>to</c> (HH:mm, up to 24:00) local time in <c>timeZone</c> (IANA id).</summary>
public sealed record BusinessHoursRequest(string? From = null, string? To = null, string? TimeZone = null);

/// <summary>Whom a Code Blue pages: registered people's ids; an empty list pages every member of the session's cohort.</summary>
public sealed record CodeBlueRequest(IReadOnlyList<Guid> People);

/// <summary>Where alarms and milestones go out: Slack-compatible webhook URLs and email addresses.</summary>
public sealed record NotificationsRequest(IReadOnlyList<string>? Webhooks = null, IReadOnlyList<string>? Emails = null);

/// <summary>A registered person to add with a role (instigator, responder, observer); <c>override</c> (admins only) lifts the played-scenario rule.</summary>
public sealed record ParticipantRequest(Guid PersonId, ParticipantRole Role, bool? Override = null);

/// <summary>The pace: 1 is live, up to 100.</summary>
public sealed record SpeedRequest(double Speed);

/// <summary>One of the scenario's inject ids.</summary>
public sealed record InjectRequest(string InjectId);

/// <summary>A tool command or remediation, as typed in a terminal.</summary>
public sealed record CommandRequest(string CommandLine);

/// <summary>A channel post: message, helpRequest (responders), pointer, hint (instigators).</summary>
public sealed record ChannelPostRequest(ChannelPostKind Kind, string Text);

/// <summary>The impact assessment: minutes since the cell started, failed share (0-1) per request type, root cause, summary.</summary>
public sealed record AssessmentRequest(long StartMinute, long EndMinute, IReadOnlyDictionary<string, double> FailedShares, string RootCause, string Summary);

/// <summary>A lesson learned or suggestion.</summary>
public sealed record LessonRequest(string Text, LessonKind Kind = LessonKind.Lesson);

/// <summary>The responder to hold incident command.</summary>
public sealed record CommanderRequest(Guid? PersonId = null);

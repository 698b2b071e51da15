using System.Collections.Immutable;
using Orleans.Concurrency;
using PracticePlatform.Contracts.Cells;
using PracticePlatform.Contracts.Faults;
using PracticePlatform.Contracts.Notifications;
using PracticePlatform.Contracts.Participants;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Postmortems;

namespace PracticePlatform.Contracts.Sessions;

/// <summary>
/// One practice run of a scenario by one group, keyed by id. Keeps the roster, the timeline and the response's
/// milestones, drives its cell (<see cref="ICellGrain"/>) and publishes alarms and milestones. Every method takes
/// the <see cref="Caller"/> and decides what they may do: admins everything an instigator may; instigators control
/// only their own sessions; responders act on the cell and post; observers read. Rule violations throw
/// <see cref="SessionRuleException"/>, unknown ids <see cref="SessionNotFoundException"/>, callers not allowed
/// <see cref="ParticipantNotAllowedException"/>, bad arguments <see cref="SessionArgumentException"/>.
/// </summary>
[Alias("practice.ISessionGrain")]
public interface ISessionGrain : IGrainWithGuidKey, INotificationSource
{
    /// <summary>Creates the session (Draft, or Scheduled when it has a start time); a person creating it becomes its instigator.</summary>
    Task<SessionView> CreateAsync(Caller caller, NewSession request);

    /// <summary>The session now; for its participants and admins.</summary>
    Task<SessionView> GetAsync(Caller caller);

    /// <summary>
    /// Instigator: adds a registered person; the view's warnings tell where the roster is outside the guidance. For
    /// someone already on the roster, while Draft or Scheduled, it changes their role instead (never the last instigator's).
    /// </summary>
    Task<SessionView> AddParticipantAsync(Caller caller, Guid personId, ParticipantRole role, bool adminOverride);

    /// <summary>Instigator, while Draft or Scheduled: takes a person off the roster (never the last instigator).</summary>
    Task<SessionView> RemoveParticipantAsync(Caller caller, Guid personId);

    /// <summary>Instigator: builds the cell and paces it; refused without an instigator and a responder.</summary>
    Task<SessionView> StartAsync(Caller caller);

    /// <summary>Instigator: freezes the cell.</summary>
    Task<SessionView> PauseAsync(Caller caller);

    /// <summary>Instigator: carries on pacing the cell.</summary>
    Task<SessionView> ResumeAsync(Caller caller);

    /// <summary>Instigator: changes the pace (1 is live, up to 100).</summary>
    Task<SessionView> SetSpeedAsync(Caller caller, double speed);

    /// <summary>Instigator: the kill switch; clears every fault, restores the cell and ends the session.</summary>
    Task<SessionView> AbortAsync(Caller caller);

    /// <summary>Instigator: starts one of the scenario's injects now.</summary>
    Task<CommandOutcome> InjectAsync(Caller caller, string injectId);

    /// <summary>Instigator: reverts an injected fault.</summary>
    Task<CommandOutcome> RevertAsync(Caller caller, string faultId);

    /// <summary>
    /// Admins and instigators, and every participant once the debrief is held: each injected fault's history from its
    /// fault grain (injected by whom and when, ended by whom and when, by the kill switch or not), in injection order.
    /// </summary>
    Task<ImmutableArray<FaultRecord>> FaultHistoryAsync(Caller caller);

    /// <summary>The cell's alarms with their acknowledgements.</summary>
    Task<ImmutableArray<AlarmView>> AlarmsAsync(Caller caller);

    /// <summary>Responder: acknowledges a firing alarm.</summary>
    Task<AlarmView> AcknowledgeAlarmAsync(Caller caller, string alarmId);

    /// <summary>Responder: runs a tool command or remediation against the cell and returns its output.</summary>
    Task<CommandOutcome> RunCommandAsync(Caller caller, string commandLine);

    /// <summary>The caller's own command history in this session.</summary>
    Task<ImmutableArray<CommandRecord>> CommandHistoryAsync(Caller caller);

    /// <summary>
    /// Participants and admins: the shared activity feed, every command a responder ran, without output, oldest first.
    /// After <paramref name="after"/> (the first <paramref name="limit"/> of those), else before <paramref name="before"/>
    /// (the newest <paramref name="limit"/> of those), else the newest <paramref name="limit"/>.
    /// </summary>
    Task<ActivityPage> ActivityAsync(Caller caller, long? after, long? before, int limit);

    /// <summary>Participants and admins: feed entry <paramref name="number"/> with the output the tool printed.</summary>
    Task<ActivityEntry> ActivityEntryAsync(Caller caller, long number);

    /// <summary>
    /// Gives incident command to responder <paramref name="personId"/> while the session is live (Running, Paused,
    /// Resolved, Assessing): any responder may take it or give it while nobody holds it; then only the commander hands
    /// it over; instigators and admins may give it any time.
    /// </summary>
    Task<SessionView> SetCommanderAsync(Caller caller, Guid personId);

    /// <summary>Posts to the session channel under the channel rules.</summary>
    Task<TimelineEntry> PostAsync(Caller caller, ChannelPostKind kind, string text);

    /// <summary>The channel: alarms, messages, help requests, pointers and hints, in order.</summary>
    Task<ImmutableArray<TimelineEntry>> ChannelAsync(Caller caller);

    /// <summary>
    /// Every timeline entry the caller may see after <paramref name="after"/>, numbered for the caller: those who do
    /// not see the answer get the public numbering, without gaps where hidden entries are; a public cursor is
    /// carried over to the full numbering once the caller sees the answer, so a reader loses and repeats nothing.
    /// </summary>
    Task<TimelinePage> ReadTimelineAsync(Caller caller, TimelineCursor after);

    /// <summary>
    /// The session's change version, once it differs from <paramref name="seenVersion"/> or <paramref name="maxWait"/>
    /// (at most 5 s) has passed: live readers on any frontend long-poll it and then read what changed. Versions are
    /// opaque; a new activation starts from a new random one, so a reader of the old one just reads once more.
    /// Interleaves with the session's other calls, which it only waits beside.
    /// </summary>
    [AlwaysInterleave]
    Task<long> WaitForChangeAsync(Caller caller, long seenVersion, TimeSpan maxWait);

    /// <summary>The cell's health and per-minute series per request type.</summary>
    Task<CellMetrics> MetricsAsync(Caller caller);

    /// <summary>Responder: declares service restored.</summary>
    Task<SessionView> DeclareRestoredAsync(Caller caller);

    /// <summary>Responder: submits (or replaces) the impact assessment.</summary>
    Task<SessionView> SubmitAssessmentAsync(Caller caller, ImpactAssessment assessment);

    /// <summary>Instigator: holds the debrief, freezing the cell and fixing the ground truth.</summary>
    Task<Debrief> HoldDebriefAsync(Caller caller);

    /// <summary>
    /// Members: the scenario's id, for the console's own rendering of tools and request types. Not mapped to the HTTP
    /// API, which hides the id from responders and observers until the debrief.
    /// </summary>
    Task<string> ScenarioIdAsync(Caller caller);

    /// <summary>The debrief once held; for the session's participants and admins.</summary>
    Task<Debrief> GetDebriefAsync(Caller caller);

    /// <summary>
    /// Anyone on the roster: adds a lesson learned or a suggestion (<paramref name="kind"/>), while assessing or after
    /// the debrief; answers the lesson as saved with every lesson so far, in either phase.
    /// </summary>
    Task<SavedLesson> AddLessonAsync(Caller caller, string text, LessonKind kind);

    /// <summary>A postmortem draft in Markdown, once the debrief is held.</summary>
    Task<string> ReportAsync(Caller caller);

    /// <summary>
    /// What the platform knows for the session's postmortem (<see cref="IPostmortemGrain"/>), once the debrief is held:
    /// for admins, instigators, responders and observers of the session. A responder or observer asking before the
    /// debrief is refused (403) and told nothing; admins and instigators are told it is not held yet (409).
    /// </summary>
    Task<PostmortemFacts> PostmortemFactsAsync(Caller caller);

    /// <summary>
    /// The session as it was at simulated <paramref name="second"/> (0 to the session's second): health, alarms,
    /// charts and the timeline up to then. Participants after the debrief; admins and instigators any time.
    /// </summary>
    Task<SessionReplay> ReplayAsync(Caller caller, long second);

    /// <summary>Instigator: closes a debriefed session.</summary>
    Task<SessionView> CloseAsync(Caller caller);

    /// <summary>
    /// Instigator, while Draft or Scheduled: makes the session a Code Blue. When it starts, <paramref name="people"/>
    /// (empty: every member of its cohort) are paged through the notification channels and may join.
    /// </summary>
    Task<SessionView> CallCodeBlueAsync(Caller caller, ImmutableArray<Guid> people);

    /// <summary>
    /// A paged person, while joining is open: joins as a responder, or as an observer when they already took part in
    /// the scenario (or saw its solution) or the roster has the guidance's most responders; the answer says which.
    /// </summary>
    Task<JoinOutcome> JoinCodeBlueAsync(Caller caller);

    /// <summary>Instigator: closes joining; later joins are refused.</summary>
    Task<SessionView> CloseJoiningAsync(Caller caller);

    /// <summary>
    /// Instigator, while Scheduled: sends a calendar invitation (.ics) of the start, booked for
    /// <paramref name="duration"/>, to the session's channels and every participant's email. It names no scenario:
    /// responders read it.
    /// </summary>
    Task<SessionView> InviteAsync(Caller caller, TimeSpan duration);

    /// <summary>
    /// Instigator: posts in the channel as a stakeholder (a role name such as "Support (Dana)"); refused like a hint
    /// when the text would reveal the scenario's solution.
    /// </summary>
    Task<StakeholderMessage> PostStakeholderMessageAsync(Caller caller, string from, string text, bool expectsAnswer);

    /// <summary>Participants: every stakeholder message so far, scripted or posted, with its answer.</summary>
    Task<ImmutableArray<StakeholderMessage>> StakeholderMessagesAsync(Caller caller);

    /// <summary>Responder: answers stakeholder message <paramref name="number"/>; the first answer marks it answered.</summary>
    Task<StakeholderMessage> AnswerStakeholderAsync(Caller caller, int number, string text);

    /// <summary>Responder: posts a status update for an audience, promising the next in <paramref name="nextUpdateInMinutes"/>.</summary>
    Task<StatusUpdate> PostStatusUpdateAsync(Caller caller, StatusAudience audience, string text, int nextUpdateInMinutes);

    /// <summary>Participants: the session's practice status page, built from the status updates.</summary>
    Task<StatusPage> StatusPageAsync(Caller caller);
}

using PracticePlatform.Contracts.Notifications;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.Sessions;

/// <summary>
/// A session's persisted state. The cell lives in its own grain (<see cref="Contracts.Cells.ICellGrain"/>); the session
/// keeps the timeline, the roster and the response's milestones, mirroring the cell's second and digest for views.
/// </summary>
public sealed class SessionState
{
    public SessionStatus Status { get; set; }

    public string ScenarioId { get; set; } = "";

    public ulong Seed { get; set; }

    /// <summary>The instigators inject the scenario's faults by hand; its script injects nothing by itself.</summary>
    public bool ManualInjects { get; set; }

    public DateTimeOffset? ScheduledStart { get; set; }

    public Guid? CohortId { get; set; }

    /// <summary>A surprise start's window; <see cref="ScheduledStart"/> is then the start drawn inside it.</summary>
    public StartWindow? StartWindow { get; set; }

    public bool CodeBlue { get; set; }

    /// <summary>Whom a Code Blue pages; empty pages every member of the cohort.</summary>
    public List<Guid> CodeBluePeople { get; set; } = [];

    /// <summary>Who the Code Blue paged, when the session started.</summary>
    public List<Guid> Paged { get; set; } = [];

    public DateTimeOffset? PagedAt { get; set; }

    /// <summary>Whether paged people may still join; an instigator closes it.</summary>
    public bool JoiningOpen { get; set; }

    /// <summary>When each paged person joined, in order.</summary>
    public List<CodeBlueJoin> Joins { get; set; } = [];

    public NotificationTargets Notifications { get; set; } = NotificationTargets.None;

    public List<Participant> Participants { get; set; } = [];

    /// <summary>The pace chosen for live phases (1 unless the instigator changed it).</summary>
    public double Speed { get; set; } = 1;

    public long Second { get; set; }

    public string? Digest { get; set; }

    public bool CellBuilt { get; set; }

    /// <summary>The debriefed session's figures are recorded with its scenario's and cohort's results.</summary>
    public bool ResultRecorded { get; set; }

    public List<FaultSummary> Faults { get; set; } = [];

    /// <summary>
    /// How many of the cell's actions are on the timeline; null until the first sync adopts the cell's count. Fewer
    /// than the cell holds means a crash fell between the cell's write and the session's.
    /// </summary>
    public int? CellActionsRecorded { get; set; }

    /// <summary>How many of the cell's alarm events are already on the timeline.</summary>
    public int AlarmEventsRecorded { get; set; }

    public List<AlarmAck> Acks { get; set; } = [];

    public long? FirstAlarmSecond { get; set; }

    public long? FirstAckSecond { get; set; }

    public long? FirstResponseSecond { get; set; }

    public List<RemediationAttempt> Remediations { get; set; } = [];

    public long? RestoredDetectedSecond { get; set; }

    public long? DeclaredRestoredSecond { get; set; }

    public List<TimelineEntry> Timeline { get; set; } = [];

    public ImpactAssessment? Assessment { get; set; }

    public Debrief? Debrief { get; set; }

    public List<Lesson> Lessons { get; set; } = [];

    /// <summary>How many of the cell's scripted stakeholder arrivals are already in <see cref="StakeholderMessages"/>.</summary>
    public int StakeholderArrivalsRecorded { get; set; }

    /// <summary>Stakeholder messages (scripted or posted by instigators) with their answers, numbered from 1.</summary>
    public List<StakeholderMessage> StakeholderMessages { get; set; } = [];

    /// <summary>The start the last calendar invitation announced: sending again for the same start does nothing.</summary>
    public DateTimeOffset? InvitedFor { get; set; }

    /// <summary>The responders' status updates, numbered from 1.</summary>
    public List<StatusUpdate> StatusUpdates { get; set; } = [];

    /// <summary>The shared activity feed: every command responders ran, numbered from 1, without output (their participant grains keep it).</summary>
    public List<ActivityEntry> Activity { get; set; } = [];

    /// <summary>The responder holding incident command, if any.</summary>
    public Guid? Commander { get; set; }

    /// <summary>Notifications published but not yet settled by the delivery; published again after a restart.</summary>
    public List<Notification> Outbox { get; set; } = [];
}

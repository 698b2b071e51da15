using System.Collections.Immutable;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PracticePlatform.Contracts.Cells;
using PracticePlatform.Contracts.Cohorts;
using PracticePlatform.Contracts.Faults;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Grains.Notifications;
using PracticePlatform.Grains.Scenarios;
using PracticePlatform.Simulation.Faults;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Grains.Sessions;

/// <summary>
/// A session: lifecycle and pacing here; roster and access, the cell, the channel and the debrief in the other
/// parts of this partial class. While live a 1 s grain timer polls the cell, which puts new alarms on the timeline
/// and out to the notification channels; a durable 1-minute reminder keeps the session active (timer ticks do not
/// count as use) and brings it back after a restart. A scheduled session is started by a durable reminder.
/// </summary>
public sealed partial class SessionGrain(
    [PersistentState("session")] IPersistentState<SessionState> state,
    TimeProvider timeProvider,
    INotificationPublisher? notifications = null,
    ILogger<SessionGrain>? logger = null,
    IHostApplicationLifetime? lifetime = null) : Grain, ISessionGrain, IRemindable
{
    private const string PaceReminder = "pace";
    private const string StartReminder = "start";
    private const string StartHopReminder = "start-hop";
    private const string OutboxReminder = "outbox";
    private const int MaxOutbox = 500;
    private const int PersistEverySeconds = 15;

    /// <summary>Orleans refuses reminder due times past 2^32 - 2 ms (about 49.7 days); this stays safely below.</summary>
    private static readonly TimeSpan MaxReminderDue = TimeSpan.FromDays(45);

    /// <summary>How often a start further away than <see cref="MaxReminderDue"/> checks whether it is near enough.</summary>
    private static readonly TimeSpan StartHopPeriod = TimeSpan.FromDays(1);

    private readonly HashSet<long> _published = [];
    private readonly List<FaultRecord> _unrecordedFaults = [];
    private string? _injectingBy;
    private Scenario? _scenario;
    private IGrainTimer? _pacer;
    private IGrainTimer? _hop;
    private ImmutableArray<FaultView> _faults = [];
    private SessionStatus? _indexedStatus;

    private SessionState S => state.State;

    private Guid Id => this.GetPrimaryKey();

    private ICellGrain Cell => GrainFactory.GetGrain<ICellGrain>(Id);

    private bool IsPaced => S.Status is SessionStatus.Running or SessionStatus.Resolved or SessionStatus.Assessing;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.RecordExists && IsPaced)
        {
            await StartPacingAsync();
        }
        PublishOutbox();
        await RecordResultAsync();
    }

    public async Task<SessionView> CreateAsync(Caller caller, NewSession request)
    {
        if (state.RecordExists)
        {
            throw new SessionRuleException("The session already exists.");
        }
        if (!caller.CanInstigate)
        {
            throw new ParticipantNotAllowedException($"{caller.Name} may not create sessions; an admin allows a person to instigate.");
        }
        if (request.ScheduledStart is { } at && at <= timeProvider.GetUtcNow())
        {
            throw new SessionArgumentException($"The scheduled start {at:O} is not in the future.");
        }
        if (request.StartWindow is { } window)
        {
            if (request.ScheduledStart is not null)
            {
                throw new SessionArgumentException("Give either a scheduled start or a start window, not both.");
            }
            StartDraw.Check(window, timeProvider.GetUtcNow());
        }
        NotificationRules.Check(request.Notifications);
        _scenario = await FindScenarioAsync(request.ScenarioId);
        if (request.CohortId is { } cohortId)
        {
            await GrainFactory.GetGrain<ICohortGrain>(cohortId).GetAsync();
        }
        S.ScenarioId = _scenario.Id;
        S.Seed = request.Seed;
        S.ManualInjects = request.ManualInjects;
        S.StartWindow = request.StartWindow;
        S.ScheduledStart = request.StartWindow is { } surprise ? StartDraw.Draw(request.Seed, Id, surprise) : request.ScheduledStart;
        S.CohortId = request.CohortId;
        S.Notifications = request.Notifications;
        S.Status = S.ScheduledStart is null ? SessionStatus.Draft : SessionStatus.Scheduled;
        if (request.CodeBlue)
        {
            await SetCodeBlueAsync(request.CodeBluePeople);
        }
        Append(caller.Name, TimelineKind.Session, $"Session created: scenario version {_scenario.Version}, seed {S.Seed}{(S.ManualInjects ? ", faults injected by hand" : "")}.");
        if (caller.PersonId is { } creator)
        {
            await JoinAsync(creator, ParticipantRole.Instigator, adminOverride: false);
        }
        if (S.ScheduledStart is { } start)
        {
            await ScheduleStartReminderAsync(start);
            // The timeline is read by responders: a surprise start names only its window there, and tells it everyone.
            if (S.StartWindow is { } drawnIn)
            {
                Append("platform", TimelineKind.Session, $"A practice will start between {drawnIn.Earliest.ToUniversalTime():yyyy-MM-dd HH:mm} and {drawnIn.Latest.ToUniversalTime():yyyy-MM-dd HH:mm} UTC.", notify: true);
            }
            else
            {
                Append("platform", TimelineKind.Session, $"Scheduled to start at {start.ToUniversalTime():yyyy-MM-dd HH:mm} UTC.");
            }
        }
        if (S.CodeBlue)
        {
            Append("platform", TimelineKind.Session, CodeBlueAnnouncement());
        }
        await SaveAsync();
        return View(caller);
    }

    public async Task<SessionView> GetAsync(Caller caller)
    {
        EnsureExists();
        RequireMember(caller);
        await SyncAsync(withDigest: true);
        return View(caller);
    }

    public async Task<SessionView> StartAsync(Caller caller)
    {
        EnsureExists();
        RequireInstigator(caller);
        RequireStatus("start", SessionStatus.Draft, SessionStatus.Scheduled);
        if (RosterGuidance.RefusalToStart(S.Participants, S.CodeBlue) is { } refusal)
        {
            throw new SessionRuleException(refusal);
        }
        await StartCoreAsync(caller.Name);
        return View(caller);
    }

    public async Task<SessionView> PauseAsync(Caller caller)
    {
        EnsureExists();
        RequireInstigator(caller);
        RequireStatus("pause", SessionStatus.Running);
        await SyncAsync();
        Apply(await Cell.PaceAsync(0));
        S.Status = SessionStatus.Paused;
        await StopPacingAsync();
        Append(caller.Name, TimelineKind.Session, "Session paused.", notify: true);
        await SaveAsync();
        return View(caller);
    }

    public async Task<SessionView> ResumeAsync(Caller caller)
    {
        EnsureExists();
        RequireInstigator(caller);
        RequireStatus("resume", SessionStatus.Paused);
        Apply(await Cell.PaceAsync(S.Speed));
        S.Status = SessionStatus.Running;
        await StartPacingAsync();
        Append(caller.Name, TimelineKind.Session, "Session resumed.", notify: true);
        await SaveAsync();
        return View(caller);
    }

    public async Task<SessionView> SetSpeedAsync(Caller caller, double speed)
    {
        EnsureExists();
        RequireInstigator(caller);
        RequireStatus("change the speed", SessionStatus.Draft, SessionStatus.Scheduled, SessionStatus.Running, SessionStatus.Paused, SessionStatus.Resolved, SessionStatus.Assessing);
        if (double.IsNaN(speed) || speed <= 0 || speed > 100)
        {
            throw new SessionArgumentException($"The speed must be above 0 and at most 100 (1 is live); {speed} is not. Pause to freeze the cell.");
        }
        await SyncAsync();
        if (IsPaced)
        {
            Apply(await Cell.PaceAsync(speed));
        }
        S.Speed = speed;
        Append(caller.Name, TimelineKind.Session, $"Speed set to {speed}x.");
        await SaveAsync();
        return View(caller);
    }

    public async Task<SessionView> AbortAsync(Caller caller)
    {
        EnsureExists();
        RequireInstigator(caller);
        RequireStatus("abort", SessionStatus.Draft, SessionStatus.Scheduled, SessionStatus.Running, SessionStatus.Paused, SessionStatus.Resolved, SessionStatus.Assessing);
        await SyncAsync();
        if (S.CellBuilt)
        {
            await Cell.ClearAllFaultsAsync(caller.Name);
            Apply(await Cell.PaceAsync(0));
            await EndFaultsAsync(caller.Name, killSwitch: true);
            Append(caller.Name, TimelineKind.KillSwitch, KillSwitchText, notify: true);
            CellActionRecorded();
        }
        S.Status = SessionStatus.Aborted;
        await StopPacingAsync();
        await DropStartReminderAsync();
        Append(caller.Name, TimelineKind.Session, "Session aborted.", notify: true);
        await SaveAsync();
        return View(caller);
    }

    public async Task<SessionView> CloseAsync(Caller caller)
    {
        EnsureExists();
        RequireInstigator(caller);
        RequireStatus("close", SessionStatus.Debriefed);
        S.Status = SessionStatus.Closed;
        Append(caller.Name, TimelineKind.Session, "Session closed.", notify: true);
        await SaveAsync();
        return View(caller);
    }

    private async Task<Scenario> FindScenarioAsync(string scenarioId) =>
        await ScenarioModels.FindAsync(GrainFactory, scenarioId)
            ?? throw new SessionNotFoundException($"No scenario '{scenarioId}' in the catalog.");

    private void EnsureExists()
    {
        if (!state.RecordExists)
        {
            throw new SessionNotFoundException($"No session {Id}.");
        }
    }

    private void RequireStatus(string action, params SessionStatus[] allowed)
    {
        if (!allowed.Contains(S.Status))
        {
            throw new SessionRuleException($"Cannot {action} while the session is {S.Status}; allowed when {string.Join(" or ", allowed)}.");
        }
    }

    private async Task SaveAsync()
    {
        foreach (var fault in _unrecordedFaults)
        {
            await GrainFactory.GetGrain<IFaultGrain>(FaultKey.Of(Id, fault.FaultId)).RecordInjectedAsync(fault);
        }
        _unrecordedFaults.Clear();
        if (S.Outbox.Count > MaxOutbox)
        {
            // A delivery that never settles must not grow the session without bound: the oldest are given up.
            S.Outbox.RemoveRange(0, S.Outbox.Count - MaxOutbox);
        }
        var unpublished = S.Outbox.Any(n => !_published.Contains(n.Sequence));
        await state.WriteStateAsync();
        SignalChange();
        if (unpublished)
        {
            PublishOutbox();
            // After a restart the reminder wakes a session nobody reads, so its outbox goes out again.
            await this.RegisterOrUpdateReminder(OutboxReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        }
        await IndexStatusAsync();
    }

    /// <summary>
    /// Tells the session index this session's state when it changed since this activation last told it (once per
    /// activation at least, which also fills in sessions created before the index kept states). Best effort, last in a save: the session's own write is what counts, so a failing index must not fail an
    /// action already saved; the next save tries again.
    /// </summary>
    private async Task IndexStatusAsync()
    {
        if (_indexedStatus == S.Status)
        {
            return;
        }
        try
        {
            await GrainFactory.GetGrain<ISessionIndexGrain>(ISessionIndexGrain.Key).SetStatusAsync(Id, S.Status);
            _indexedStatus = S.Status;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            if (logger is not null)
            {
                LogIndexFailed(logger, Id, S.Status, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session {SessionId} could not tell the session index it is {Status}; the next save tries again")]
    private static partial void LogIndexFailed(ILogger logger, Guid sessionId, SessionStatus status, Exception exception);

    private SessionView View(Caller caller) => new(
        Id,
        S.Status,
        SeesTheAnswer(caller) ? S.ScenarioId : null,
        S.Seed,
        KnowsTheStart(caller) ? S.ScheduledStart : null,
        S.CohortId,
        [.. S.Participants],
        RosterGuidance.Warnings(S.Participants),
        S.Second,
        S.Speed,
        SeesTheAnswer(caller) ? [.. S.Faults] : [],
        // The digest hashes the scenario's id: with the seed, replaying each catalog scenario would find it.
        SeesTheAnswer(caller) ? S.Digest : null,
        S.ManualInjects,
        S.StartWindow,
        S.CodeBlue ? new CodeBlueStatus([.. S.CodeBluePeople], S.PagedAt, [.. S.Paged], S.JoiningOpen) : null,
        S.Commander);
}

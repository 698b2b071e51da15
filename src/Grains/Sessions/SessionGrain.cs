using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using PracticePlatform.Grains.Scenarios;
using PracticePlatform.Runtime;
using PracticePlatform.Runtime.Storage;
using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Grains.Sessions;

/// <summary>
/// A session and, for now, its cell: the grain owns the simulator instance, paces it from the runtime's clock (one
/// simulated second per second while Running, Resolved or Assessing) and persists the action log, never the cell.
/// On activation the cell is rebuilt with <see cref="Cell.Replay"/>. Catching up on every call as well as on the
/// timer makes the cell's second a function of the clock, however late the timer ticks.
/// </summary>
public sealed class SessionGrain(
    [PersistentState("session")] IPersistentState<SessionState> state,
    ILogger<SessionGrain> logger) : Grain, ISessionGrain
{
    private const int PersistEverySeconds = 15;
    private const string PaceReminder = "pace";

    private Scenario? _scenario;
    private Cell? _cell;
    private IGrainTimer? _pacer;
    private DateTimeOffset _anchorWall;
    private long _anchorSecond;

    private SessionState S => state.State;

    private bool IsPaced => S.Status is SessionStatus.Running or SessionStatus.Resolved or SessionStatus.Assessing;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!state.RecordExists || S.Status is SessionStatus.Draft or SessionStatus.Scheduled)
        {
            return;
        }
        _scenario = await FindScenarioAsync(S.ScenarioId);
        if (S.Debrief is not null && S.Status is not SessionStatus.Aborted)
        {
            return;
        }
        _cell = Cell.Replay(_scenario, S.Seed, S.Actions, S.Second);
        if (S.Digest is { } digest && digest != _cell.Digest)
        {
            logger.LogError("Session {Session}: the replayed cell's digest {Replayed} differs from the stored {Stored}.", this.GetPrimaryKey(), _cell.Digest, digest);
        }
        if (IsPaced)
        {
            await StartPacingAsync();
        }
    }

    public async Task<SessionView> CreateAsync(NewSession request)
    {
        if (state.RecordExists)
        {
            throw new SessionRuleException("The session already exists.");
        }
        _scenario = await FindScenarioAsync(request.ScenarioId);
        S.ScenarioId = _scenario.Id;
        S.Seed = request.Seed;
        S.ScheduledStart = request.ScheduledStart;
        S.Status = request.ScheduledStart is null ? SessionStatus.Draft : SessionStatus.Scheduled;
        Append("platform", TimelineKind.Session, $"Session created from scenario {_scenario.Id} v{_scenario.Version}, seed {S.Seed}.");
        await SaveAsync();
        return View();
    }

    public Task<SessionView> GetAsync()
    {
        EnsureExists();
        CatchUp();
        return Task.FromResult(View());
    }

    public async Task<SessionView> AddParticipantAsync(Participant participant)
    {
        EnsureExists();
        if (string.IsNullOrWhiteSpace(participant.Name) || participant.Name.Length > 100)
        {
            throw new SessionArgumentException("A participant needs a name of 1-100 characters.");
        }
        if (!Enum.IsDefined(participant.Role))
        {
            throw new SessionArgumentException("The role must be instigator, responder or observer.");
        }
        RequireStatus("add participants", SessionStatus.Draft, SessionStatus.Scheduled, SessionStatus.Running, SessionStatus.Paused);
        if (S.Participants.Any(p => string.Equals(p.Name, participant.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new SessionRuleException($"'{participant.Name}' is already on the roster.");
        }
        CatchUp();
        S.Participants.Add(participant);
        Append("platform", TimelineKind.Roster, $"{participant.Name} joined as {participant.Role.ToString().ToLowerInvariant()}.");
        await SaveAsync();
        return View();
    }

    public async Task<SessionView> StartAsync(string actor)
    {
        EnsureExists();
        RequireRole(actor, ParticipantRole.Instigator);
        RequireStatus("start", SessionStatus.Draft, SessionStatus.Scheduled);
        if (RosterGuidance.RefusalToStart(S.Participants) is { } refusal)
        {
            throw new SessionRuleException(refusal);
        }
        _scenario ??= await FindScenarioAsync(S.ScenarioId);
        _cell = Cell.Create(_scenario, S.Seed);
        S.Status = SessionStatus.Running;
        Append(actor, TimelineKind.Session, "Session started.");
        await StartPacingAsync();
        await SaveAsync();
        return View();
    }

    public async Task<SessionView> PauseAsync(string actor)
    {
        EnsureExists();
        RequireRole(actor, ParticipantRole.Instigator);
        RequireStatus("pause", SessionStatus.Running);
        CatchUp();
        S.Status = SessionStatus.Paused;
        await StopPacingAsync();
        Append(actor, TimelineKind.Session, "Session paused.");
        await SaveAsync();
        return View();
    }

    public async Task<SessionView> ResumeAsync(string actor)
    {
        EnsureExists();
        RequireRole(actor, ParticipantRole.Instigator);
        RequireStatus("resume", SessionStatus.Paused);
        S.Status = SessionStatus.Running;
        await StartPacingAsync();
        Append(actor, TimelineKind.Session, "Session resumed.");
        await SaveAsync();
        return View();
    }

    public async Task<SessionView> AbortAsync(string actor)
    {
        EnsureExists();
        RequireRole(actor, ParticipantRole.Instigator);
        RequireStatus("abort", SessionStatus.Draft, SessionStatus.Scheduled, SessionStatus.Running, SessionStatus.Paused, SessionStatus.Resolved, SessionStatus.Assessing);
        CatchUp();
        if (_cell is not null)
        {
            _cell.ClearAllFaults(actor);
            Append(actor, TimelineKind.KillSwitch, "Kill switch: every fault cleared, the cell restored.");
        }
        S.Status = SessionStatus.Aborted;
        await StopPacingAsync();
        Append(actor, TimelineKind.Session, "Session aborted.");
        await SaveAsync();
        return View();
    }

    public async Task<CommandOutcome> InjectAsync(string actor, string injectId)
    {
        var cell = RequireLiveCell(actor, ParticipantRole.Instigator, "inject a fault");
        if (!_scenario!.Injects.Any(i => i.Id == injectId))
        {
            throw new SessionNotFoundException($"Scenario {_scenario.Id} has no inject '{injectId}'.");
        }
        var result = cell.Inject(injectId, actor);
        return await RecordAsync(actor, TimelineKind.Inject, $"inject {injectId}", result);
    }

    public async Task<CommandOutcome> RevertAsync(string actor, string faultId)
    {
        var cell = RequireLiveCell(actor, ParticipantRole.Instigator, "revert a fault");
        if (!cell.Faults.Any(f => f.Id == faultId))
        {
            throw new SessionNotFoundException($"No fault '{faultId}' was injected in this session.");
        }
        var result = cell.Revert(faultId, actor);
        return await RecordAsync(actor, TimelineKind.Revert, $"revert {faultId}", result);
    }

    public async Task<CommandOutcome> RunCommandAsync(string actor, string commandLine)
    {
        if (string.IsNullOrWhiteSpace(commandLine) || commandLine.Length > 1000)
        {
            throw new SessionArgumentException("A command line needs 1-1000 characters.");
        }
        var cell = RequireLiveCell(actor, ParticipantRole.Responder, "run a command", SessionStatus.Running);
        var result = cell.Execute(commandLine, actor);
        MarkResponse();
        if (result.ChangedState)
        {
            S.FirstRemediationSecond ??= cell.Now;
        }
        return await RecordAsync(actor, TimelineKind.Command, commandLine, result);
    }

    public async Task<TimelineEntry> PostAsync(string actor, ChannelPostKind kind, string text)
    {
        EnsureExists();
        var role = RoleOf(actor);
        RequireStatus("post in the channel", SessionStatus.Running, SessionStatus.Paused, SessionStatus.Resolved, SessionStatus.Assessing);
        _scenario ??= await FindScenarioAsync(S.ScenarioId);
        ChannelRules.Check(role, kind, text, _scenario);
        CatchUp();
        if (role == ParticipantRole.Responder)
        {
            MarkResponse();
        }
        var entry = Append(actor, ToTimelineKind(kind), text.Trim());
        await SaveAsync();
        return entry;
    }

    public Task<ImmutableArray<TimelineEntry>> ChannelAsync()
    {
        EnsureExists();
        CatchUp();
        return Task.FromResult(S.Timeline.Where(e => e.Kind is TimelineKind.Alarm or TimelineKind.Message or TimelineKind.HelpRequest or TimelineKind.Pointer or TimelineKind.Hint).ToImmutableArray());
    }

    public Task<ImmutableArray<TimelineEntry>> TimelineAsync(long afterSequence)
    {
        EnsureExists();
        CatchUp();
        return Task.FromResult(S.Timeline.Where(e => e.Sequence > afterSequence).ToImmutableArray());
    }

    public async Task<SessionView> DeclareRestoredAsync(string actor)
    {
        var cell = RequireLiveCell(actor, ParticipantRole.Responder, "declare service restored");
        S.Status = SessionStatus.Resolved;
        S.DeclaredRestoredSecond = cell.Now;
        await StartPacingAsync();
        Append(actor, TimelineKind.Restored, "Service declared restored.");
        await SaveAsync();
        return View();
    }

    public async Task<SessionView> SubmitAssessmentAsync(string actor, ImpactAssessment assessment)
    {
        EnsureExists();
        RequireRole(actor, ParticipantRole.Responder);
        RequireStatus("submit an assessment", SessionStatus.Resolved, SessionStatus.Assessing);
        _scenario ??= await FindScenarioAsync(S.ScenarioId);
        AssessmentRules.Check(assessment, _scenario);
        CatchUp();
        S.Assessment = assessment;
        S.Status = SessionStatus.Assessing;
        Append(actor, TimelineKind.Assessment, $"Assessment: impact from minute {assessment.StartMinute} to {assessment.EndMinute}; root cause: {assessment.RootCause}");
        await SaveAsync();
        return View();
    }

    public async Task<Debrief> HoldDebriefAsync(string actor)
    {
        EnsureExists();
        RequireRole(actor, ParticipantRole.Instigator);
        RequireStatus("hold the debrief", SessionStatus.Assessing);
        CatchUp();
        S.Debrief = DebriefCalculator.Compute(S, _cell!);
        S.Status = SessionStatus.Debriefed;
        await StopPacingAsync();
        Append(actor, TimelineKind.Debrief, "Debrief held.");
        await SaveAsync();
        return S.Debrief;
    }

    public Task<Debrief> GetDebriefAsync()
    {
        EnsureExists();
        return S.Debrief is { } debrief
            ? Task.FromResult(debrief)
            : throw new SessionRuleException($"The debrief has not been held yet (the session is {S.Status}).");
    }

    public async Task<SessionView> CloseAsync(string actor)
    {
        EnsureExists();
        RequireRole(actor, ParticipantRole.Instigator);
        RequireStatus("close", SessionStatus.Debriefed);
        S.Status = SessionStatus.Closed;
        Append(actor, TimelineKind.Session, "Session closed.");
        await SaveAsync();
        return View();
    }

    private async Task<Scenario> FindScenarioAsync(string scenarioId) =>
        await GrainFactory.GetGrain<IScenarioCatalogGrain>(IScenarioCatalogGrain.Key).FindAsync(scenarioId)
            ?? throw new SessionNotFoundException($"No scenario '{scenarioId}' in the catalog.");

    private void EnsureExists()
    {
        if (!state.RecordExists)
        {
            throw new SessionNotFoundException($"No session {this.GetPrimaryKey()}.");
        }
    }

    private void RequireStatus(string action, params SessionStatus[] allowed)
    {
        if (!allowed.Contains(S.Status))
        {
            throw new SessionRuleException($"Cannot {action} while the session is {S.Status}; allowed when {string.Join(" or ", allowed)}.");
        }
    }

    private ParticipantRole RoleOf(string actor) =>
        S.Participants.FirstOrDefault(p => string.Equals(p.Name, actor, StringComparison.OrdinalIgnoreCase))?.Role
            ?? throw new ParticipantNotAllowedException($"'{actor}' is not on this session's roster.");

    private void RequireRole(string actor, ParticipantRole role)
    {
        if (RoleOf(actor) != role)
        {
            throw new ParticipantNotAllowedException($"Only a {role.ToString().ToLowerInvariant()} may do this; '{actor}' is not one.");
        }
    }

    private Cell RequireLiveCell(string actor, ParticipantRole role, string action, params SessionStatus[] allowed)
    {
        EnsureExists();
        RequireRole(actor, role);
        RequireStatus(action, allowed.Length > 0 ? allowed : [SessionStatus.Running, SessionStatus.Paused]);
        CatchUp();
        return _cell!;
    }

    private async Task<CommandOutcome> RecordAsync(string actor, TimelineKind kind, string text, CommandResult result)
    {
        Append(actor, kind, result.Ok ? text : $"{text} (failed)");
        CatchUp();
        await SaveAsync();
        return new CommandOutcome(result.Ok, result.Output, result.ChangedState, _cell!.Now);
    }

    private void MarkResponse()
    {
        if (S.FirstAlarmSecond is not null)
        {
            S.FirstResponseSecond ??= _cell?.Now;
        }
    }

    /// <summary>
    /// Paces the cell with a 1 s grain timer; a durable reminder keeps the activation from being collected as idle
    /// (timer ticks do not count as use) and brings it back after a restart.
    /// </summary>
    private async Task StartPacingAsync()
    {
        _anchorWall = TimeProvider.GetUtcNow();
        _anchorSecond = _cell!.Now;
        _pacer ??= RegisterGrainTimer(PaceAsync, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        await RegisterOrUpdateReminder(PaceReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
    }

    private async Task StopPacingAsync()
    {
        _pacer?.Dispose();
        _pacer = null;
        if (await GetReminder(PaceReminder) is { } reminder)
        {
            await UnregisterReminder(reminder);
        }
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) =>
        reminderName == PaceReminder && state.RecordExists && IsPaced ? PaceAsync(CancellationToken.None) : Task.CompletedTask;

    private async Task PaceAsync(CancellationToken cancellationToken)
    {
        var entries = S.Timeline.Count;
        CatchUp();
        if (S.Timeline.Count != entries || _cell!.Now - S.Second >= PersistEverySeconds)
        {
            await SaveAsync();
        }
    }

    /// <summary>Brings the cell to the second the clock says, and puts what happened on the timeline.</summary>
    private void CatchUp()
    {
        if (_cell is null || !IsPaced)
        {
            return;
        }
        var target = _anchorSecond + (long)Math.Floor((TimeProvider.GetUtcNow() - _anchorWall).TotalSeconds);
        _cell.RunUntil(target);
        var events = _cell.AlarmEventsSince(0);
        foreach (var alarm in events.Skip(S.AlarmEventsRecorded))
        {
            if (alarm.Firing)
            {
                S.FirstAlarmSecond ??= alarm.Second;
            }
            Append("alarm", TimelineKind.Alarm, $"{(alarm.Firing ? "FIRING" : "cleared")} {alarm.Severity} {alarm.RuleId}: {alarm.Message}", alarm.Second);
        }
        S.AlarmEventsRecorded = events.Count;
        if (_cell.IsRestored && S.RestoredDetectedSecond is null && _cell.Faults.Count > 0)
        {
            S.RestoredDetectedSecond = _cell.Now;
            Append("platform", TimelineKind.Session, "The cell meets its resolution criteria.");
        }
    }

    private TimelineEntry Append(string actor, TimelineKind kind, string text, long? second = null)
    {
        var entry = new TimelineEntry(S.Timeline.Count + 1, second ?? _cell?.Now ?? 0, TimeProvider.GetUtcNow(), actor, kind, text);
        S.Timeline.Add(entry);
        return entry;
    }

    private async Task SaveAsync()
    {
        if (_cell is not null)
        {
            S.Actions = [.. _cell.Actions];
            S.Second = _cell.Now;
            S.Digest = _cell.Digest;
        }
        await state.WriteStateAsync();
    }

    private SessionView View() => new(
        this.GetPrimaryKey(),
        S.Status,
        S.ScenarioId,
        S.Seed,
        S.ScheduledStart,
        [.. S.Participants],
        RosterGuidance.Warnings(S.Participants),
        _cell?.Now ?? S.Second,
        _cell is null ? [] : [.. _cell.Faults.Select(f => new FaultSummary(f.Id, f.Kind, f.Target, f.Status.ToString().ToLowerInvariant(), f.InjectedAt))],
        _cell?.Digest ?? S.Digest);

    private static TimelineKind ToTimelineKind(ChannelPostKind kind) => kind switch
    {
        ChannelPostKind.HelpRequest => TimelineKind.HelpRequest,
        ChannelPostKind.Pointer => TimelineKind.Pointer,
        ChannelPostKind.Hint => TimelineKind.Hint,
        _ => TimelineKind.Message,
    };
}

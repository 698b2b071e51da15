using System.Collections.Immutable;
using PracticePlatform.Contracts.Cells;
using PracticePlatform.Contracts.Faults;
using PracticePlatform.Contracts.Participants;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Faults;
using PracticePlatform.Simulation.Tools;

namespace PracticePlatform.Grains.Sessions;

/// <summary>What the session does with its cell: faults, alarms, commands, metrics, restoration.</summary>
public sealed partial class SessionGrain
{
    /// <summary>Who the timeline names for what the scenario's script did by itself.</summary>
    private const string ScriptActor = "scenario";

    public async Task<CommandOutcome> InjectAsync(Caller caller, string injectId)
    {
        EnsureExists();
        RequireInstigator(caller);
        await RequireLiveCellAsync("inject a fault");
        var result = await Cell.InjectAsync(injectId, caller.Name);
        _injectingBy = caller.Name;
        await SyncAsync(recover: false);
        _injectingBy = null;
        return await RecordAsync(caller.Name, TimelineKind.Inject, $"inject {injectId}", result);
    }

    public async Task<CommandOutcome> RevertAsync(Caller caller, string faultId)
    {
        EnsureExists();
        RequireInstigator(caller);
        // The instigator's undo stays at hand while the cell runs, also after restoration is declared.
        await RequireLiveCellAsync("revert a fault", SessionStatus.Running, SessionStatus.Paused, SessionStatus.Resolved, SessionStatus.Assessing);
        var result = await Cell.RevertAsync(faultId, caller.Name);
        if (result.Ok)
        {
            await GrainFactory.GetGrain<IFaultGrain>(FaultKey.Of(Id, faultId)).RecordEndedAsync(caller.Name, S.Second, timeProvider.GetUtcNow(), killSwitch: false);
        }
        return await RecordAsync(caller.Name, TimelineKind.Revert, $"revert {faultId}", result);
    }

    public async Task<ImmutableArray<FaultRecord>> FaultHistoryAsync(Caller caller)
    {
        EnsureExists();
        RequireMember(caller);
        if (!SeesTheAnswer(caller))
        {
            throw new ParticipantNotAllowedException("What was injected stays hidden from responders and observers until the debrief.");
        }
        await SyncAsync();
        // A fault first seen by this poll is recorded by the save; nothing else changed, so nothing else is written.
        if (_unrecordedFaults.Count > 0)
        {
            await SaveAsync();
        }
        // One grain per fault id: an inject fired again after a revert records over its first time.
        var records = await Task.WhenAll(S.Faults.Select(f => f.Id).Distinct(StringComparer.Ordinal).Select(id => GrainFactory.GetGrain<IFaultGrain>(FaultKey.Of(Id, id)).GetAsync()));
        // The cell knows what the responders mitigated (its own status, frozen at the debrief); the records know the rest.
        return [.. records.OfType<FaultRecord>().OrderBy(r => r.InjectedAtSecond).Select(r =>
            r with { MitigatedAtSecond = S.Faults.FirstOrDefault(f => f.Id == r.FaultId && f.InjectedAt == r.InjectedAtSecond)?.MitigatedAt })];
    }

    public async Task<ImmutableArray<AlarmView>> AlarmsAsync(Caller caller)
    {
        EnsureExists();
        RequireMember(caller);
        if (!S.CellBuilt)
        {
            return [];
        }
        await SyncAsync();
        return [.. (await Cell.AlarmsAsync()).Select(a => ToView(a))];
    }

    public async Task<AlarmView> AcknowledgeAlarmAsync(Caller caller, string alarmId)
    {
        EnsureExists();
        var responder = RequireResponder(caller);
        await RequireLiveCellAsync("acknowledge an alarm");
        var alarm = (await Cell.AlarmsAsync()).FirstOrDefault(a => a.RuleId == alarmId)
            ?? throw new SessionNotFoundException($"The scenario has no alarm '{alarmId}'.");
        if (!alarm.Firing)
        {
            throw new SessionRuleException($"Alarm '{alarmId}' is not firing.");
        }
        if (S.Acks.FirstOrDefault(a => a.AlarmId == alarmId && a.FiringSince == alarm.Since) is { } earlier)
        {
            throw new SessionRuleException($"Alarm '{alarmId}' was already acknowledged by {earlier.By} at second {earlier.Second}.");
        }
        S.Acks.Add(new AlarmAck(alarmId, alarm.Since, responder.Name, S.Second));
        S.FirstAckSecond ??= S.Second;
        MarkResponse();
        await GrainFactory.GetGrain<IParticipantGrain>(ParticipantKey.Of(Id, responder.PersonId)).RecordAcknowledgementAsync(alarmId, S.Second);
        Append(responder.Name, TimelineKind.Acknowledged, $"Acknowledged alarm {alarmId}.");
        await SaveAsync();
        return ToView(alarm);
    }

    public async Task<CommandOutcome> RunCommandAsync(Caller caller, string commandLine)
    {
        if (string.IsNullOrWhiteSpace(commandLine) || commandLine.Length > 1000 || commandLine.Any(char.IsControl))
        {
            throw new SessionArgumentException("A command line is one line of 1-1000 characters without control characters.");
        }
        EnsureExists();
        var responder = RequireResponder(caller);
        await RequireLiveCellAsync("run a command", SessionStatus.Running, SessionStatus.Paused);
        var faultsBefore = _faults;
        CommandResult result;
        if (S.Status == SessionStatus.Paused)
        {
            // Frozen, not deaf: reading tools answer from the frozen cell; remediations wait for the resume.
            if (Simulation.Cells.Cell.EffectOf(commandLine) == CommandEffect.Remediation)
            {
                throw new SessionRuleException($"'{commandLine}' was not run: the practice is paused, and remediations wait until the instigator resumes it. Reading tools (svcs, logs, metrics, ...) work meanwhile.");
            }
            result = await Cell.ReadAsync(commandLine);
        }
        else
        {
            result = await Cell.ExecuteAsync(commandLine, responder.Name);
        }
        await SyncAsync(recover: false);
        MarkResponse();
        if (result.ChangedState)
        {
            S.Remediations.Add(new RemediationAttempt(S.Second, responder.Name, commandLine, Mitigated(faultsBefore, _faults)));
        }
        var record = new CommandRecord(S.Second, timeProvider.GetUtcNow(), commandLine, result.Ok, result.Output);
        await GrainFactory.GetGrain<IParticipantGrain>(ParticipantKey.Of(Id, responder.PersonId)).RecordCommandAsync(record);
        AddActivity(responder, record);
        return await RecordAsync(responder.Name, TimelineKind.Command, commandLine, result);
    }

    public async Task<ImmutableArray<CommandRecord>> CommandHistoryAsync(Caller caller)
    {
        EnsureExists();
        RequireMember(caller);
        return ParticipantOf(caller) is { } participant
            ? (await GrainFactory.GetGrain<IParticipantGrain>(ParticipantKey.Of(Id, participant.PersonId)).GetAsync()).Commands
            : [];
    }

    public async Task<CellMetrics> MetricsAsync(Caller caller)
    {
        EnsureExists();
        RequireMember(caller);
        if (!S.CellBuilt)
        {
            throw new SessionRuleException($"The cell is built when the session starts; it is {S.Status}.");
        }
        await SyncAsync();
        return await Cell.MetricsAsync();
    }

    public async Task<SessionView> DeclareRestoredAsync(Caller caller)
    {
        EnsureExists();
        var responder = RequireResponder(caller);
        await RequireLiveCellAsync("declare service restored");
        if (S.Status == SessionStatus.Paused)
        {
            // Resolved is paced like Running: a paused cell must move again so the ground truth settles.
            Apply(await Cell.PaceAsync(S.Speed));
        }
        // Declaring early is the group's call, not a rule to enforce; it is warned about. The criteria themselves stay
        // secret until the debrief (they say what the fix must reach), so the warning counts them and the debrief names them.
        var unmet = await Cell.UnmetResolutionCountAsync();
        var warning = unmet == 0 ? null : RestorationWarning(unmet);
        S.Status = SessionStatus.Resolved;
        S.DeclaredRestoredSecond = S.Second;
        await StartPacingAsync();
        Append(responder.Name, TimelineKind.Restored, warning is null ? RestoredText : $"{RestoredText} Warning: {warning}", notify: true);
        await SaveAsync();
        var view = View(caller);
        return warning is null ? view : view with { Warnings = [.. view.Warnings, warning] };
    }

    private const string RestoredText = "Service declared restored.";

    /// <summary>The warning on a restoration declared while resolution criteria are unmet: how many, not which (secret until the debrief).</summary>
    public static string RestorationWarning(int unmet) =>
        $"{(unmet == 1 ? "1 of the scenario's resolution criteria is" : $"{unmet} of the scenario's resolution criteria are")} not met yet; the debrief names each and how far the cell was from it.";

    private async Task RequireLiveCellAsync(string action, params SessionStatus[] allowed)
    {
        RequireStatus(action, allowed.Length > 0 ? allowed : [SessionStatus.Running, SessionStatus.Paused]);
        await SyncAsync();
    }

    private async Task<CommandOutcome> RecordAsync(string actor, TimelineKind kind, string text, CommandResult result)
    {
        await SyncAsync(recover: false);
        Append(actor, kind, result.Ok ? text : text + DebriefCalculator.CommandFailedSuffix);
        CellActionRecorded();
        await SaveAsync();
        return new CommandOutcome(result.Ok, result.Output, result.ChangedState, S.Second);
    }

    private async Task EndFaultsAsync(string by, bool killSwitch)
    {
        foreach (var fault in S.Faults)
        {
            await GrainFactory.GetGrain<IFaultGrain>(FaultKey.Of(Id, fault.Id)).RecordEndedAsync(by, S.Second, timeProvider.GetUtcNow(), killSwitch);
        }
    }

    /// <summary>
    /// Whether an active fault had more of its targets mitigated after than before. A fault is the same one by id and
    /// injection second: an inject reverted and fired again leaves two faults of one id in the cell's list.
    /// </summary>
    private static bool Mitigated(ImmutableArray<FaultView> before, ImmutableArray<FaultView> after) =>
        before.Any(b => b.Status == FaultStatus.Active
            && after.FirstOrDefault(a => a.Id == b.Id && a.InjectedAt == b.InjectedAt) is { } now
            && (now.MitigatedTargets > b.MitigatedTargets || now.Status != FaultStatus.Active));

    private void MarkResponse()
    {
        if (S.FirstAlarmSecond is not null)
        {
            S.FirstResponseSecond ??= S.Second;
        }
    }

    /// <summary>
    /// Asks the cell where it is now and puts what happened since on the timeline; with the cell's digest only when
    /// asked (reading the session asks; the digest is the costliest part of a poll). Syncs inside a cell action,
    /// after the cell acted and before the timeline has it, do not <paramref name="recover"/> lost actions.
    /// </summary>
    private async Task SyncAsync(bool withDigest = false, bool recover = true)
    {
        if (S.CellBuilt && S.Status is not (SessionStatus.Debriefed or SessionStatus.Closed))
        {
            // The scenario tells the script's injects from the instigators' (once per activation).
            _scenario ??= await FindScenarioAsync(S.ScenarioId);
            Apply(await Cell.PollAsync(S.AlarmEventsRecorded, withDigest));
            if (recover)
            {
                await RecoverLostActionsAsync();
            }
        }
    }

    private void Apply(CellStatus status)
    {
        _cellActionCount = status.ActionCount;
        S.Second = status.Second;
        S.Digest = status.Digest ?? S.Digest;
        foreach (var fault in status.Faults)
        {
            var known = S.Faults.FirstOrDefault(k => k.Id == fault.Id && k.InjectedAt == fault.InjectedAt);
            if (known is null)
            {
                // Injected just now by an instigator, or started by the scenario's staged script.
                _unrecordedFaults.Add(new FaultRecord(Id, fault.Id, fault.Kind, fault.Target, _injectingBy ?? "scenario script", fault.InjectedAt, timeProvider.GetUtcNow()));
                if (_injectingBy is null && IsScripted(fault))
                {
                    Append(ScriptActor, TimelineKind.Inject, $"inject {fault.Id} (scripted: {fault.Kind} on {fault.Target})", fault.InjectedAt);
                }
            }
            if (fault.EscalatedAt >= 0 && known?.EscalatedAt is null)
            {
                // Escalations are always the script's, timed from the inject.
                Append(ScriptActor, TimelineKind.Inject, $"escalate {fault.Id} (scripted: {fault.AffectedTargets} of its targets affected now)", fault.EscalatedAt);
            }
        }
        _faults = status.Faults;
        S.Faults = [.. status.Faults.Select(ToSummary)];
        foreach (var alarm in status.NewAlarmEvents)
        {
            if (alarm.Firing)
            {
                S.FirstAlarmSecond ??= alarm.Second;
            }
            Append("alarm", TimelineKind.Alarm, alarm.Firing ? $"FIRING {alarm.Severity} {alarm.RuleId}: {alarm.Message}" : $"cleared {alarm.Severity} {alarm.RuleId}", alarm.Second, notify: true);
        }
        S.AlarmEventsRecorded = Math.Max(S.AlarmEventsRecorded, status.AlarmEventCount);
        ReceiveStakeholders(status.StakeholderArrivals);
        if (status.IsRestored && S.RestoredDetectedSecond is null && !status.Faults.IsEmpty)
        {
            S.RestoredDetectedSecond = status.Second;
            Append("platform", TimelineKind.Session, "The cell meets its resolution criteria.", notify: true);
        }
        else if (!status.IsRestored && S.RestoredDetectedSecond is not null)
        {
            Unrestore();
        }
    }

    /// <summary>
    /// Restored follows the cell, it does not latch: a fault that comes back after the criteria held (its cause
    /// remained, a later stage fired, a heal ended) undoes it. A declared restoration not yet assessed is reopened,
    /// so the group can act again and declare anew; once assessing, the timeline notes it for the debrief.
    /// </summary>
    private void Unrestore()
    {
        S.RestoredDetectedSecond = null;
        if (S.Status == SessionStatus.Resolved)
        {
            S.Status = SessionStatus.Running;
            S.DeclaredRestoredSecond = null;
            Append("platform", TimelineKind.Session, $"{NoLongerRestoredText} The incident is reopened: the declaration no longer holds.", notify: true);
            return;
        }

        Append("platform", TimelineKind.Session, NoLongerRestoredText, notify: true);
    }

    private const string NoLongerRestoredText = "The cell no longer meets its resolution criteria: something came back.";

    /// <summary>
    /// Whether the scenario's script started this fault: its inject has a time, the session leaves injects to the
    /// script, and it started at that time (an instigator's inject of it would have come at another second or been
    /// refused as already active).
    /// </summary>
    private bool IsScripted(FaultView fault) =>
        !S.ManualInjects
        && _scenario?.Injects.FirstOrDefault(i => i.Id == fault.Id)?.At is { } at
        && (long)at.TotalSeconds == fault.InjectedAt;

    /// <summary>An alarm as <c>GET /alarms</c> shows it, with acknowledgements made up to <paramref name="upTo"/> (a replay's second).</summary>
    private AlarmView ToView(Simulation.Alarms.AlarmState alarm, long upTo = long.MaxValue)
    {
        var ack = alarm.Firing ? S.Acks.FirstOrDefault(a => a.AlarmId == alarm.RuleId && a.FiringSince == alarm.Since && a.Second <= upTo) : null;
        return new AlarmView(alarm.RuleId, alarm.Severity, alarm.Firing, alarm.Since, alarm.Message, ack?.By, ack?.Second);
    }

    private static FaultSummary ToSummary(FaultView fault) =>
        new(fault.Id, fault.Kind, fault.Target, fault.Status.ToString().ToLowerInvariant(), fault.InjectedAt, fault.EscalatedAt >= 0 ? fault.EscalatedAt : null,
            fault.Status == FaultStatus.Mitigated && fault.EndedAt >= 0 ? fault.EndedAt : null);
}

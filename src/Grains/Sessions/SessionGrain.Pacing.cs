using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.Sessions;

/// <summary>Reminders and pacing: the scheduled start, the 1 s timer that polls the cell, the keep-alive reminder.</summary>
public sealed partial class SessionGrain
{
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (!state.RecordExists)
        {
            return;
        }
        if (reminderName == StartReminder)
        {
            await StartOnScheduleAsync();
        }
        else if (reminderName == StartHopReminder)
        {
            await HopTowardsTheStartAsync();
        }
        else if (reminderName == PaceReminder && IsPaced)
        {
            await PaceAsync(CancellationToken.None);
        }
        else if (reminderName == OutboxReminder && S.Outbox.Count == 0 && await this.GetReminder(OutboxReminder) is { } outbox)
        {
            await this.UnregisterReminder(outbox);
        }
    }

    private async Task StartOnScheduleAsync()
    {
        if (S.Status != SessionStatus.Scheduled)
        {
            await DropStartReminderAsync();
            return;
        }
        var now = timeProvider.GetUtcNow();
        if (S.ScheduledStart is { } at && now < at)
        {
            return;
        }
        if (RosterGuidance.RefusalToStart(S.Participants, S.CodeBlue) is { } refusal)
        {
            await DropStartReminderAsync();
            Append("platform", TimelineKind.Session, $"The scheduled start did not happen: {refusal} An instigator can start it by hand.", notify: true);
            await SaveAsync();
            return;
        }
        await StartCoreAsync("platform", Lateness(now));
    }

    /// <summary>
    /// Registers what starts the session at <paramref name="start"/>. Within Orleans's longest due time (about 49
    /// days; 45 here) that is the start reminder, due at the start and ticking every minute after it, so a start
    /// that fell while no silo ran happens within a minute of the platform coming back (Orleans skips missed ticks,
    /// it does not deliver them late). Further away, a daily hop reminder registers the start reminder once the
    /// start is near enough. A reminder is never re-registered from its own tick: Orleans 10.4.2 then loses it.
    /// </summary>
    private async Task ScheduleStartReminderAsync(DateTimeOffset start)
    {
        var due = start - timeProvider.GetUtcNow();
        if (due <= MaxReminderDue)
        {
            await this.RegisterOrUpdateReminder(StartReminder, due < TimeSpan.Zero ? TimeSpan.Zero : due, TimeSpan.FromMinutes(1));
            return;
        }
        await this.RegisterOrUpdateReminder(StartHopReminder, due - MaxReminderDue, StartHopPeriod);
    }

    /// <summary>A daily hop: registers the start reminder once the start is within its reach, or starts a start that passed.</summary>
    private async Task HopTowardsTheStartAsync()
    {
        if (S.Status != SessionStatus.Scheduled || S.ScheduledStart is not { } at)
        {
            await DropStartReminderAsync();
            return;
        }
        if (at <= timeProvider.GetUtcNow())
        {
            await StartOnScheduleAsync();
        }
        else if (at - timeProvider.GetUtcNow() <= MaxReminderDue && await this.GetReminder(StartReminder) is null)
        {
            // Registered in a turn of its own, after this tick: a reminder registered inside another's tick is
            // only armed at Orleans's next reminder-list refresh (hours later, seen in 10.4.2).
            _hop?.Dispose();
            _hop = this.RegisterGrainTimer(async _ =>
            {
                _hop?.Dispose();
                _hop = null;
                await ScheduleStartReminderAsync(at);
            }, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>What the timeline says of a scheduled start that came late, or null when it was on time (within a minute).</summary>
    private string? Lateness(DateTimeOffset now) => S.ScheduledStart is { } at && now - at > TimeSpan.FromMinutes(1)
        ? $"Started {Duration(now - at)} late: no silo was running at the scheduled {at.ToUniversalTime():yyyy-MM-dd HH:mm} UTC."
        : null;

    private static string Duration(TimeSpan late) => late.TotalHours >= 1
        ? $"{(int)late.TotalHours} h {late.Minutes} min"
        : $"{Math.Max(1, (int)late.TotalMinutes)} min";

    private async Task StartCoreAsync(string actor, string? lateness = null)
    {
        _scenario ??= await FindScenarioAsync(S.ScenarioId);
        Apply(await Cell.CreateAsync(S.ScenarioId, S.Seed, S.ManualInjects));
        Apply(await Cell.PaceAsync(S.Speed));
        // A new cell's log is this session's from the start (null is left for sessions from before the count).
        S.CellActionsRecorded ??= _cellActionCount;
        S.CellBuilt = true;
        S.Status = SessionStatus.Running;
        await DropStartReminderAsync();
        Append(actor, TimelineKind.Session, "Session started.", notify: true);
        if (lateness is not null)
        {
            Append(actor, TimelineKind.Session, lateness);
        }
        await PageAsync(actor);
        await StartPacingAsync();
        await SaveAsync();
    }

    private async Task StartPacingAsync()
    {
        _pacer ??= this.RegisterGrainTimer(PaceAsync, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        await this.RegisterOrUpdateReminder(PaceReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
    }

    private async Task StopPacingAsync()
    {
        _pacer?.Dispose();
        _pacer = null;
        if (await this.GetReminder(PaceReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private async Task DropStartReminderAsync()
    {
        foreach (var name in new[] { StartReminder, StartHopReminder })
        {
            if (await this.GetReminder(name) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }
        }
    }

    private async Task PaceAsync(CancellationToken cancellationToken)
    {
        var entries = S.Timeline.Count;
        var savedSecond = S.Second;
        await SyncAsync();
        if (S.Timeline.Count != entries || S.Second - savedSecond >= PersistEverySeconds)
        {
            await SaveAsync();
        }
    }
}

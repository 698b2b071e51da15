using Microsoft.Extensions.Logging;
using PracticePlatform.Runtime.Hosting;

namespace PracticePlatform.Runtime.Reminders;

/// <summary>
/// Keeps durable reminders ticking. Definitions live in the <see cref="IReminderTable"/>; this service holds a local
/// timer per reminder and delivers each tick as a call to <see cref="IRemindable.ReceiveReminder"/>, activating the
/// grain. After downtime a reminder whose tick fell due while the silo was down ticks once at start-up (late, not
/// lost); a tick delivered just before a crash may thus come twice, so callbacks must be idempotent.
/// </summary>
public sealed partial class ReminderService : IDisposable
{
    private readonly GrainRuntime _runtime;
    private readonly IReminderTable _table;
    private readonly Dictionary<(GrainId, string), LocalReminder> _local = [];
    private readonly Lock _lock = new();
    private bool _started;

    internal ReminderService(GrainRuntime runtime, IReminderTable table)
    {
        _runtime = runtime;
        _table = table;
    }

    /// <summary>How many reminders tick in this silo.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _local.Count;
            }
        }
    }

    /// <summary>The <paramref name="count"/> reminders of this silo due soonest, soonest first.</summary>
    public IReadOnlyList<ScheduledReminder> NextDue(int count)
    {
        lock (_lock)
        {
            return [.. _local.Values
                .OrderBy(r => r.NextDue)
                .ThenBy(r => r.Entry.GrainId.ToString(), StringComparer.Ordinal)
                .Take(count)
                .Select(r => new ScheduledReminder(r.Entry.GrainId, r.Entry.ReminderName, r.Entry.Period, r.NextDue))];
        }
    }

    /// <summary>Loads every reminder from the table and starts its timer.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var entries = await _table.ReadAllAsync(cancellationToken).ConfigureAwait(false);
        lock (_lock)
        {
            _started = true;
        }
        var now = _runtime.TimeProvider.GetUtcNow();
        foreach (var entry in entries)
        {
            // A reminder already due when the silo starts ticks at once: it may have been missed during downtime.
            Schedule(entry, entry.StartAt <= now ? LastDueTime(entry, now) : entry.StartAt);
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _started = false;
            foreach (var reminder in _local.Values)
            {
                reminder.Timer.Dispose();
            }
            _local.Clear();
        }
    }

    internal async Task<IGrainReminder> RegisterOrUpdateAsync(GrainId grainId, string reminderName, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentException.ThrowIfNullOrEmpty(reminderName);
        if (period < _runtime.Options.MinimumReminderPeriod)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period,
                $"Reminder '{reminderName}' of {grainId}: the period must be at least {_runtime.Options.MinimumReminderPeriod}.");
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(dueTime, TimeSpan.Zero);
        var entry = new ReminderEntry(grainId, reminderName, _runtime.TimeProvider.GetUtcNow() + dueTime, period);
        var etag = await _table.UpsertRowAsync(entry).ConfigureAwait(true);
        Schedule(entry with { ETag = etag }, entry.StartAt);
        return new GrainReminder(reminderName, etag);
    }

    internal async Task UnregisterAsync(GrainId grainId, IGrainReminder reminder)
    {
        var row = await _table.ReadRowAsync(grainId, reminder.ReminderName).ConfigureAwait(true);
        if (row?.ETag is { } etag)
        {
            await _table.RemoveRowAsync(grainId, reminder.ReminderName, etag).ConfigureAwait(true);
        }
        lock (_lock)
        {
            if (_local.Remove((grainId, reminder.ReminderName), out var local))
            {
                local.Timer.Dispose();
            }
        }
    }

    internal async Task<IGrainReminder?> GetAsync(GrainId grainId, string reminderName)
    {
        var row = await _table.ReadRowAsync(grainId, reminderName).ConfigureAwait(true);
        return row is null ? null : new GrainReminder(row.ReminderName, row.ETag ?? string.Empty);
    }

    private void Schedule(ReminderEntry entry, DateTimeOffset nextDue)
    {
        lock (_lock)
        {
            if (!_started)
            {
                // Before start-up the table is the source of truth; StartAsync schedules it.
                return;
            }
            var key = (entry.GrainId, entry.ReminderName);
            if (_local.Remove(key, out var previous))
            {
                previous.Timer.Dispose();
            }
            var local = new LocalReminder(entry, nextDue);
            local.Timer = _runtime.TimeProvider.CreateTimer(static s => ((LocalReminder)s!).Service!.OnDue((LocalReminder)s!), local, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            local.Service = this;
            _local[key] = local;
            var delay = nextDue - _runtime.TimeProvider.GetUtcNow();
            local.Timer.Change(delay < TimeSpan.Zero ? TimeSpan.Zero : delay, Timeout.InfiniteTimeSpan);
        }
    }

    private void OnDue(LocalReminder local)
    {
        lock (_lock)
        {
            if (!_local.TryGetValue((local.Entry.GrainId, local.Entry.ReminderName), out var current) || !ReferenceEquals(current, local))
            {
                return;
            }
        }
        var now = _runtime.TimeProvider.GetUtcNow();
        if (_runtime.Instruments.ReminderTardiness.Enabled)
        {
            _runtime.Instruments.ReminderTardiness.Record((now - local.NextDue).TotalMilliseconds);
        }
        var status = new TickStatus(local.Entry.StartAt, local.Entry.Period, local.NextDue);
        _ = DeliverAsync(local.Entry, status);
        var next = NextDueAfter(local.Entry, now);
        lock (_lock)
        {
            // Read under the lock by NextDue(count) on the dashboard's thread; a DateTimeOffset can tear.
            local.NextDue = next;
        }
        var delay = next - now;
        local.Timer.Change(delay < TimeSpan.Zero ? TimeSpan.Zero : delay, Timeout.InfiniteTimeSpan);
    }

    private async Task DeliverAsync(ReminderEntry entry, TickStatus status)
    {
        try
        {
            await _runtime.GetGrain<IRemindable>(entry.GrainId).ReceiveReminder(entry.ReminderName, status).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            LogTickFailed(_runtime.Logger, entry.ReminderName, entry.GrainId, exception);
        }
    }

    private static DateTimeOffset LastDueTime(ReminderEntry entry, DateTimeOffset now)
    {
        var elapsed = (now - entry.StartAt).Ticks;
        return entry.StartAt + TimeSpan.FromTicks(elapsed - (elapsed % entry.Period.Ticks));
    }

    private static DateTimeOffset NextDueAfter(ReminderEntry entry, DateTimeOffset now) => LastDueTime(entry, now) + entry.Period;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder {ReminderName} of {GrainId} failed")]
    private static partial void LogTickFailed(ILogger logger, string reminderName, GrainId grainId, Exception exception);

    private sealed class LocalReminder(ReminderEntry entry, DateTimeOffset nextDue)
    {
        public ReminderEntry Entry { get; } = entry;

        public DateTimeOffset NextDue { get; set; } = nextDue;

        public ITimer Timer { get; set; } = null!;

        public ReminderService? Service { get; set; }
    }
}

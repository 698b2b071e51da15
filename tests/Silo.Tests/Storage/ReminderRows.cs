namespace PracticePlatform.Silo.Tests.Storage;

/// <summary>A reminder row as a value, so tests compare rows whole (Orleans's entry is a mutable class).</summary>
public sealed record ReminderRow(GrainId GrainId, string ReminderName, DateTimeOffset StartAt, TimeSpan Period, string? ETag = null)
{
    public static ReminderRow Of(ReminderEntry entry) =>
        new(entry.GrainId, entry.ReminderName, new DateTimeOffset(entry.StartAt, TimeSpan.Zero), entry.Period, entry.ETag);

    public ReminderEntry ToEntry() => new() { GrainId = GrainId, ReminderName = ReminderName, StartAt = StartAt.UtcDateTime, Period = Period, ETag = ETag };
}

/// <summary>A reminder table read and written in <see cref="ReminderRow"/>s, through Orleans's own interface.</summary>
public sealed class ReminderRows(IReminderTable table)
{
    public async Task<string> UpsertRowAsync(ReminderRow row) => (await table.UpsertRow(row.ToEntry()))!;

    public async Task<ReminderRow?> ReadRowAsync(GrainId grainId, string name) =>
        await table.ReadRow(grainId, name) is { } entry ? ReminderRow.Of(entry) : null;

    public async Task<IReadOnlyList<ReminderRow>> ReadRowsAsync(GrainId grainId) => [.. (await table.ReadRows(grainId)).Reminders.Select(ReminderRow.Of)];

    /// <summary>Every reminder (the whole ring: a range from a hash to itself), in grain id then name order.</summary>
    public async Task<IReadOnlyList<ReminderRow>> ReadAllAsync() =>
        [.. (await table.ReadRows(0u, 0u)).Reminders.Select(ReminderRow.Of).OrderBy(r => r.GrainId.ToString(), StringComparer.Ordinal).ThenBy(r => r.ReminderName, StringComparer.Ordinal)];

    public Task<bool> RemoveRowAsync(GrainId grainId, string name, string eTag) => table.RemoveRow(grainId, name, eTag);
}

using PracticePlatform.Silo.Storage;

namespace PracticePlatform.Silo.Tests.Storage;

/// <summary>A reminder row as a value, so tests compare rows whole (Orleans's entry is a mutable class).</summary>
public sealed record ReminderRow(GrainId GrainId, string ReminderName, DateTimeOffset StartAt, TimeSpan Period, string? ETag = null)
{
    public static ReminderRow Of(ReminderEntry entry) =>
        new(entry.GrainId, entry.ReminderName, new DateTimeOffset(entry.StartAt, TimeSpan.Zero), entry.Period, entry.ETag);

    public ReminderEntry ToEntry() => new() { GrainId = GrainId, ReminderName = ReminderName, StartAt = StartAt.UtcDateTime, Period = Period, ETag = ETag };
}

/// <summary>A reminder table read and written in <see cref="ReminderRow"/>s.</summary>
public sealed class ReminderRows(ReminderStore table)
{
    public Task<string> UpsertRowAsync(ReminderRow row) => table.UpsertRowAsync(row.ToEntry());

    public async Task<ReminderRow?> ReadRowAsync(GrainId grainId, string name) =>
        await table.ReadRowAsync(grainId, name) is { } entry ? ReminderRow.Of(entry) : null;

    public async Task<IReadOnlyList<ReminderRow>> ReadRowsAsync(GrainId grainId) => [.. (await table.ReadRowsAsync(grainId)).Select(ReminderRow.Of)];

    public async Task<IReadOnlyList<ReminderRow>> ReadAllAsync() => [.. (await table.ReadAllAsync()).Select(ReminderRow.Of)];

    public Task<bool> RemoveRowAsync(GrainId grainId, string name, string eTag) => table.RemoveRowAsync(grainId, name, eTag);
}

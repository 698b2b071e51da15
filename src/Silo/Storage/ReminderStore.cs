namespace PracticePlatform.Silo.Storage;

/// <summary>
/// Orleans's <see cref="IReminderTable"/> over a store of reminder rows, so the SQLite and PostgreSQL tables share
/// one reading of Orleans's contract: a grain's rows, one row, upsert (new ETag each time), conditional remove, and
/// a silo's share of the ring (rows whose grain hash lies in <c>(begin, end]</c>, wrapping when begin ≥ end).
/// </summary>
public abstract class ReminderStore : IReminderTable
{
    /// <summary>Every reminder, in (grain id, name) order.</summary>
    public abstract Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(CancellationToken cancellationToken = default);

    /// <summary>The reminders of one grain, by name.</summary>
    public abstract Task<IReadOnlyList<ReminderEntry>> ReadRowsAsync(GrainId grainId, CancellationToken cancellationToken = default);

    /// <summary>One reminder, or null.</summary>
    public abstract Task<ReminderEntry?> ReadRowAsync(GrainId grainId, string reminderName, CancellationToken cancellationToken = default);

    /// <summary>Inserts or replaces a reminder; returns its new ETag.</summary>
    public abstract Task<string> UpsertRowAsync(ReminderEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Removes a reminder if its ETag matches; returns whether a row was removed.</summary>
    public abstract Task<bool> RemoveRowAsync(GrainId grainId, string reminderName, string eTag, CancellationToken cancellationToken = default);

    /// <summary>Removes every reminder (tests only).</summary>
    public abstract Task ClearAsync(CancellationToken cancellationToken = default);

    public Task Init() => Task.CompletedTask;

    public async Task<ReminderTableData> ReadRows(GrainId grainId) => new(await ReadRowsAsync(grainId).ConfigureAwait(false));

    public async Task<ReminderTableData> ReadRows(uint begin, uint end)
    {
        var all = await ReadAllAsync().ConfigureAwait(false);
        return new ReminderTableData(all.Where(entry => InRange(entry.GrainId.GetUniformHashCode(), begin, end)));
    }

    public Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName) => ReadRowAsync(grainId, reminderName);

    public async Task<string?> UpsertRow(ReminderEntry entry) => await UpsertRowAsync(entry).ConfigureAwait(false);

    public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag) => RemoveRowAsync(grainId, reminderName, eTag);

    public Task TestOnlyClearTable() => ClearAsync();

    /// <summary>Orleans's ring range: <c>(begin, end]</c>, the whole ring when begin equals end.</summary>
    public static bool InRange(uint hash, uint begin, uint end) =>
        begin < end ? hash > begin && hash <= end : hash > begin || hash <= end;

    /// <summary>A row as Orleans sees it.</summary>
    protected static ReminderEntry Entry(string grainId, string reminderName, long startAtTicks, long periodTicks, string eTag) => new()
    {
        GrainId = GrainId.Parse(grainId),
        ReminderName = reminderName,
        StartAt = new DateTime(startAtTicks, DateTimeKind.Utc),
        Period = TimeSpan.FromTicks(periodTicks),
        ETag = eTag,
    };
}

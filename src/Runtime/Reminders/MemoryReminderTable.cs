using System.Globalization;

namespace PracticePlatform.Runtime.Reminders;

/// <summary>A reminder table in process memory, for tests. Not durable.</summary>
public sealed class MemoryReminderTable : IReminderTable
{
    private readonly SortedDictionary<(string GrainId, string Name), ReminderEntry> _rows = [];
    private readonly Lock _lock = new();
    private long _version;

    public Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<ReminderEntry>>([.. _rows.Values]);
        }
    }

    public Task<IReadOnlyList<ReminderEntry>> ReadRowsAsync(GrainId grainId, CancellationToken cancellationToken = default)
    {
        var id = grainId.ToString();
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<ReminderEntry>>([.. _rows.Where(r => r.Key.GrainId == id).Select(r => r.Value)]);
        }
    }

    public Task<ReminderEntry?> ReadRowAsync(GrainId grainId, string reminderName, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_rows.GetValueOrDefault((grainId.ToString(), reminderName)));
        }
    }

    public Task<string> UpsertRowAsync(ReminderEntry entry, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var etag = (++_version).ToString(CultureInfo.InvariantCulture);
            _rows[(entry.GrainId.ToString(), entry.ReminderName)] = entry with { ETag = etag };
            return Task.FromResult(etag);
        }
    }

    public Task<bool> RemoveRowAsync(GrainId grainId, string reminderName, string eTag, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var key = (grainId.ToString(), reminderName);
            return Task.FromResult(_rows.TryGetValue(key, out var row) && row.ETag == eTag && _rows.Remove(key));
        }
    }
}

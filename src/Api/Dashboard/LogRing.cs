namespace PracticePlatform.Api.Dashboard;

/// <summary>The last <see cref="Capacity"/> log lines, numbered so a reader can ask for those after the last it saw.</summary>
public sealed class LogRing
{
    public const int Capacity = 500;

    private readonly LogEntry?[] _entries = new LogEntry?[Capacity];
    private readonly Lock _lock = new();
    private long _next = 1;

    public void Add(DateTimeOffset at, string level, string category, string message)
    {
        lock (_lock)
        {
            var sequence = _next++;
            _entries[sequence % Capacity] = new LogEntry(sequence, at, level, category, message);
        }
    }

    /// <summary>The kept entries with a sequence above <paramref name="after"/>, oldest first.</summary>
    public IReadOnlyList<LogEntry> After(long after)
    {
        lock (_lock)
        {
            var first = Math.Max(after + 1, _next - Capacity);
            var result = new List<LogEntry>();
            for (var sequence = first; sequence < _next; sequence++)
            {
                result.Add(_entries[sequence % Capacity]!);
            }
            return result;
        }
    }
}

using System.Text;

namespace PracticePlatform.Cli.Tests.Commands;

/// <summary>
/// A writer that a running command writes to from another thread, and that a test awaits lines from: it completes
/// a wait when a matching line is written (or was already), so tests wait on output instead of sleeping.
/// </summary>
public sealed class WatchedWriter : TextWriter
{
    private readonly Lock _lock = new();
    private readonly StringBuilder _partial = new();
    private readonly List<string> _lines = [];
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Found)> _waits = [];

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        List<(TaskCompletionSource<string> Found, string Line)> found = [];
        lock (_lock)
        {
            if (value != '\n')
            {
                _partial.Append(value);
                return;
            }

            var line = _partial.ToString().TrimEnd('\r');
            _partial.Clear();
            _lines.Add(line);
            foreach (var wait in _waits.Where(w => w.Match(line)).ToList())
            {
                _waits.Remove(wait);
                found.Add((wait.Found, line));
            }
        }

        found.ForEach(f => f.Found.TrySetResult(f.Line));
    }

    /// <summary>The first line, written or to come, that <paramref name="match"/> accepts.</summary>
    public async Task<string> LineAsync(Func<string, bool> match, CancellationToken cancellationToken)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            if (_lines.FirstOrDefault(match) is { } line)
            {
                return line;
            }

            _waits.Add((match, found));
        }

        try
        {
            return await found.Task.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            string written;
            lock (_lock)
            {
                written = string.Join('\n', _lines);
            }

            throw new TimeoutException($"No matching line was written; the output so far:\n{written}");
        }
    }
}

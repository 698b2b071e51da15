using System.Collections.Concurrent;

namespace PracticePlatform.Grains.Sessions;

/// <summary>
/// Wakes the live readers of a session's timeline (server-sent events) when the session wrote new entries. Only a
/// signal: readers then ask the session for the entries after the last one they saw, so nothing is lost when two
/// signals collapse into one. In-process: readers must be connected to the silo hosting the session.
/// </summary>
public sealed class SessionFeed
{
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource> _signals = new();

    /// <summary>A task that completes at the session's next write.</summary>
    public Task NextChangeAsync(Guid sessionId) =>
        _signals.GetOrAdd(sessionId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>Signals the session's readers.</summary>
    public void Changed(Guid sessionId)
    {
        if (_signals.TryRemove(sessionId, out var signal))
        {
            signal.TrySetResult();
        }
    }
}

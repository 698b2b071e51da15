using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.Sessions;

/// <summary>
/// Change notification for live readers, whichever frontend or silo they are on: every save moves the session's
/// change version and wakes the long-polls waiting on the old one (<see cref="ISessionGrain.WaitForChangeAsync"/>).
/// </summary>
public sealed partial class SessionGrain
{
    /// <summary>The longest a long-poll is held: short, so that a deactivation (a silo draining) is never kept waiting long.</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(5);

    private long _version = Random.Shared.NextInt64(long.MinValue / 2, long.MaxValue / 2);
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<long> WaitForChangeAsync(Caller caller, long seenVersion, TimeSpan maxWait)
    {
        EnsureExists();
        RequireMember(caller);
        if (seenVersion == _version && maxWait > TimeSpan.Zero)
        {
            // A transport keep-alive, not simulated time: it runs on the real clock even when grains use a fake one.
            // A stopping silo answers at once, so that waiting readers never hold up its shutdown.
            var wait = maxWait < LongestWait ? maxWait : LongestWait;
            await Task.WhenAny(_changed.Task, Task.Delay(wait, TimeProvider.System, lifetime?.ApplicationStopping ?? CancellationToken.None));
        }
        return _version;
    }

    /// <summary>Moves the change version and wakes every long-poll.</summary>
    private void SignalChange()
    {
        _version++;
        var changed = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.TrySetResult();
    }
}

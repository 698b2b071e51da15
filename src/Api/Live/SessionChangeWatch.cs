using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Live;

/// <summary>
/// One live reader's view of when a session changed, from any frontend and whichever silo hosts the session: it
/// long-polls <see cref="ISessionGrain.WaitForChangeAsync"/> with the last version it saw. The reader primes it
/// before its first read and reads again after each change, so a write between a read and the next wait is never
/// missed (the version has already moved). A failed call (the hosting silo died) counts as a change after a short
/// pause: the reader reads again, which reaches the session's new activation once the cluster has noticed.
/// </summary>
public sealed class SessionChangeWatch(ISessionGrain session, Caller caller)
{
    /// <summary>How long one long-poll may be held by the session (it caps this at 5 s itself).</summary>
    private static readonly TimeSpan PollWait = TimeSpan.FromSeconds(5);

    /// <summary>The pause after a failed call, so a reader does not spin while a dead silo is being declared dead.</summary>
    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(250);

    private long _seen;

    /// <summary>Learns the session's version without waiting; call it before the first read.</summary>
    public async Task PrimeAsync(CancellationToken cancellationToken)
    {
        try
        {
            _seen = await session.WaitForChangeAsync(caller, _seen, TimeSpan.Zero).WaitAsync(cancellationToken);
        }
        catch (Exception e) when (TransientFailure.Is(e))
        {
            // The first wait then returns at once and the reader reads again.
        }
    }

    /// <summary>
    /// True once the session changed since the last time this returned true (or since priming), or a call failed;
    /// false when <paramref name="timeout"/> passed without a change. The timeout is a transport's keep-alive, on
    /// the real clock.
    /// </summary>
    public async Task<bool> NextAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (true)
        {
            var remaining = timeout - TimeProvider.System.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                return false;
            }
            try
            {
                var version = await session.WaitForChangeAsync(caller, _seen, remaining < PollWait ? remaining : PollWait).WaitAsync(cancellationToken);
                if (version != _seen)
                {
                    _seen = version;
                    return true;
                }
            }
            catch (Exception e) when (TransientFailure.Is(e))
            {
                await Task.Delay(RetryPause, TimeProvider.System, cancellationToken);
                return true;
            }
        }
    }
}

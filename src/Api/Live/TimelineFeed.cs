using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Live;

/// <summary>
/// One shared reader of a session's timeline for one caller (<see cref="TimelineFeeds"/>): it primes a
/// <see cref="SessionChangeWatch"/>, reads everything once, then reads after its last entry at each change and hands
/// each page to every subscribed stream. A call that fails on the cluster moving (a dead silo) is retried after a
/// pause from the same cursor, so nothing is lost or read twice; a refusal stops the reader and tells the streams,
/// which then read for themselves and meet it. Once the session is over it reads once more (entries may have come
/// after the read that showed the end), marks that page the last, and stops.
/// </summary>
internal sealed class TimelineFeed(ISessionGrain session, Caller caller, Lock gate, CancellationToken stopping, Action<TimelineFeed> ended)
{
    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(250);

    private readonly List<TimelineSubscription> _subscribers = [];
    private readonly CancellationTokenSource _stop = CancellationTokenSource.CreateLinkedTokenSource(stopping);
    private bool _ended;
    private bool _done;

    public void Start() => _ = Task.Run(() => RunAsync(_stop.Token));

    /// <summary>Adds a stream; call under the gate.</summary>
    public TimelineSubscription Join()
    {
        var subscription = new TimelineSubscription(Leave);
        _subscribers.Add(subscription);
        return subscription;
    }

    private void Leave(TimelineSubscription subscription)
    {
        bool stop;
        lock (gate)
        {
            _subscribers.Remove(subscription);
            stop = _subscribers.Count == 0 && !_done;
            if (stop)
            {
                End();
            }
        }
        if (stop)
        {
            try
            {
                _stop.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The reader had just finished by itself.
            }
        }
    }

    /// <summary>No stream joins this reader any more; call under the gate.</summary>
    private void End()
    {
        if (!_ended)
        {
            _ended = true;
            ended(this);
        }
    }

    private void Publish(TimelineFeedPage page, bool last = false)
    {
        lock (gate)
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.Deliver(page);
            }
            if (last)
            {
                End();
            }
        }
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            var watch = new SessionChangeWatch(session, caller);
            await watch.PrimeAsync(cancellationToken);
            var position = TimelineCursor.Start;
            var over = false;
            while (true)
            {
                TimelinePage page;
                try
                {
                    page = await session.ReadTimelineAsync(caller, position).WaitAsync(cancellationToken);
                }
                catch (Exception e) when (TransientFailure.Is(e))
                {
                    await Task.Delay(RetryPause, TimeProvider.System, cancellationToken);
                    continue;
                }
                var last = over && page.Entries.IsEmpty;
                over = over || (page.Entries.Any(e => e.Kind == TimelineKind.Session) && await IsOverAsync());
                Publish(new TimelineFeedPage(position, page, Over: last), last);
                if (last)
                {
                    return;
                }
                if (!page.Entries.IsEmpty)
                {
                    position = page.CursorAfter(page.Entries[^1]);
                }
                if (!over)
                {
                    await watch.NextAsync(TimeSpan.MaxValue, cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The last stream left, or the host is stopping.
        }
        catch (Exception)
        {
            // A refusal (the caller left the roster, the session is gone): each stream reads for itself and meets it.
            Publish(new TimelineFeedPage(TimelineCursor.Start, new TimelinePage([], Public: false), Over: false, Broken: true), last: true);
        }
        finally
        {
            lock (gate)
            {
                _done = true;
                End();
            }
            _stop.Dispose();
        }
    }

    /// <summary>Whether the session is over: nothing more will be written to its timeline.</summary>
    private async Task<bool> IsOverAsync()
    {
        try
        {
            return (await session.GetAsync(caller)).Status is SessionStatus.Closed or SessionStatus.Aborted;
        }
        catch (Exception e) when (TransientFailure.Is(e))
        {
            return false;
        }
    }
}

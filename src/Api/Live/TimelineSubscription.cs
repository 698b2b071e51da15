using System.Threading.Channels;

namespace PracticePlatform.Api.Live;

/// <summary>
/// One live stream's place at a shared timeline reader (<see cref="TimelineFeeds"/>): the pages it read since the
/// stream subscribed, in order. Disposing it leaves; the reader stops when its last stream has left.
/// </summary>
public sealed class TimelineSubscription : IDisposable
{
    private readonly Channel<TimelineFeedPage> _pages = Channel.CreateUnbounded<TimelineFeedPage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Action<TimelineSubscription> _leave;
    private int _left;

    internal TimelineSubscription(Action<TimelineSubscription> leave) => _leave = leave;

    /// <summary>The next page, or null when <paramref name="timeout"/> (a transport's keep-alive, real clock) passed first.</summary>
    public async Task<TimelineFeedPage?> NextAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (_pages.Reader.TryRead(out var page))
        {
            return page;
        }
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(timeout);
        try
        {
            await _pages.Reader.WaitToReadAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        return _pages.Reader.TryRead(out page) ? page : null;
    }

    internal void Deliver(TimelineFeedPage page) => _pages.Writer.TryWrite(page);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _left, 1) == 0)
        {
            _leave(this);
        }
    }
}

using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Live;

/// <summary>
/// The shared timeline readers of this frontend: one per session and caller, however many live streams that caller
/// holds open (a team's wall screens, a browser per tab, a load test's thousands). Each reader long-polls the
/// session once and reads its timeline once per change, and hands the page to every stream subscribed, instead of
/// every stream waiting and reading for itself: one session grain serves one read per change, not one per stream.
/// A reader starts with its first stream and stops when its last stream leaves.
/// </summary>
public sealed class TimelineFeeds(IGrainFactory grains, IHostApplicationLifetime lifetime)
{
    private readonly Dictionary<(Guid Session, Caller Caller), TimelineFeed> _feeds = [];
    private readonly Lock _gate = new();

    /// <summary>
    /// Subscribes to the pages read for <paramref name="caller"/> of <paramref name="session"/> from now on. A stream
    /// subscribes before its own first read, so whatever its read misses comes in a page.
    /// </summary>
    public TimelineSubscription Subscribe(Guid session, Caller caller)
    {
        lock (_gate)
        {
            var key = (session, caller);
            if (!_feeds.TryGetValue(key, out var feed))
            {
                feed = new TimelineFeed(grains.GetGrain<ISessionGrain>(session), caller, _gate, lifetime.ApplicationStopping, ended =>
                {
                    if (_feeds.TryGetValue(key, out var current) && current == ended)
                    {
                        _feeds.Remove(key);
                    }
                });
                _feeds[key] = feed;
                feed.Start();
            }
            return feed.Join();
        }
    }
}

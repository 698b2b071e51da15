using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Live;

/// <summary>
/// What a shared timeline reader read after <see cref="After"/>; <see cref="Over"/> when it was the session's last
/// (closed or aborted, nothing more will come); <see cref="Broken"/> when the reader stopped on a refusal, so each
/// stream reads for itself and meets the refusal as its own.
/// </summary>
public sealed record TimelineFeedPage(TimelineCursor After, TimelinePage Page, bool Over, bool Broken = false)
{
    /// <summary>
    /// The entries after <paramref name="position"/> when this page goes on from it (same numbering, read from no
    /// later than it); null when it does not, and the stream reads for itself instead.
    /// </summary>
    public IReadOnlyList<TimelineEntry>? Following(TimelineCursor position)
    {
        ArgumentNullException.ThrowIfNull(position);
        if (Broken || After.Public != Page.Public || position.Public != Page.Public || After.Number > position.Number)
        {
            return null;
        }
        return [.. Page.Entries.Where(e => e.Sequence > position.Number)];
    }
}

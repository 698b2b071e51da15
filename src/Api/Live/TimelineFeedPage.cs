using System.Text.Json;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Live;

/// <summary>
/// What a shared timeline reader read after <see cref="After"/>; <see cref="Over"/> when it was the session's last
/// (closed or aborted, nothing more will come); <see cref="Broken"/> when the reader stopped on a refusal, so each
/// stream reads for itself and meets the refusal as its own. Each entry's event is encoded once, by the first stream
/// that sends it, for all of them.
/// </summary>
public sealed record TimelineFeedPage(TimelineCursor After, TimelinePage Page, bool Over, bool Broken = false)
{
    private byte[]?[]? _events;

    /// <summary>
    /// The index of the first entry after <paramref name="position"/> when this page goes on from it (same
    /// numbering, read from no later than it); null when it does not, and the stream reads for itself instead.
    /// </summary>
    public int? Following(TimelineCursor position)
    {
        ArgumentNullException.ThrowIfNull(position);
        // The start is the same place in either numbering: a reader's first page serves every stream from there.
        if (Broken || !Fits(After) || !Fits(position) || After.Number > position.Number)
        {
            return null;
        }
        var index = 0;
        while (index < Page.Entries.Length && Page.Entries[index].Sequence <= position.Number)
        {
            index++;
        }
        return index;
    }

    private bool Fits(TimelineCursor cursor) => cursor.Number == 0 || cursor.Public == Page.Public;

    /// <summary>The event of the entry at <paramref name="index"/> (<see cref="TimelineEvent"/>).</summary>
    public byte[] EventAt(int index, JsonSerializerOptions json)
    {
        var events = _events ??= new byte[]?[Page.Entries.Length];
        // Streams racing here encode the same bytes: either copy will do.
        return events[index] ??= TimelineEvent.Encode(Page.Entries[index], Page.CursorAfter(Page.Entries[index]), json);
    }
}

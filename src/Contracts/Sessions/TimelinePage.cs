using System.Collections.Immutable;

namespace PracticePlatform.Contracts.Sessions;

/// <summary>
/// Timeline entries as one caller may see them, and in which numbering: <see cref="Public"/> when the caller does
/// not see the answer, so each <see cref="TimelineEntry.Sequence"/> counts only the entries they may see.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.TimelinePage")]
public sealed record TimelinePage([property: Id(0)] ImmutableArray<TimelineEntry> Entries, [property: Id(1)] bool Public)
{
    /// <summary>The cursor after <paramref name="entry"/>, one of this page's entries.</summary>
    public TimelineCursor CursorAfter(TimelineEntry entry) => TimelineCursor.After(entry, Public);
}

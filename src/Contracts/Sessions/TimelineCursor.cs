using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PracticePlatform.Contracts.Sessions;

/// <summary>
/// A position in a timeline, as a reader got it: after entry <see cref="Number"/> in the numbering the reader was
/// given. Written <c>p12</c> when it is in the public numbering (what responders and observers get before the
/// debrief: only the entries they may see, numbered without gaps) and <c>12</c> otherwise, so a cursor taken before
/// the debrief still means the same entry after it. A bare number is in the numbering the caller gets now: the full
/// one for whoever sees the answer, the public one for everyone else (so no caller can probe for hidden entries).
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.TimelineCursor")]
public sealed record TimelineCursor([property: Id(0)] long Number, [property: Id(1)] bool Public)
{
    /// <summary>Before the first entry.</summary>
    public static readonly TimelineCursor Start = new(0, Public: false);

    /// <summary>The cursor just after <paramref name="entry"/> in a page numbered publicly or not.</summary>
    public static TimelineCursor After(TimelineEntry entry, bool isPublic)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Sequence, isPublic);
    }

    /// <summary>Reads <c>12</c> or <c>p12</c> (a missing or empty text is the start); false for anything else.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out TimelineCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(text))
        {
            cursor = Start;
            return true;
        }
        var isPublic = text[0] == 'p';
        if (!long.TryParse(isPublic ? text.AsSpan(1) : text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }
        cursor = new TimelineCursor(number, isPublic);
        return true;
    }

    /// <summary>
    /// <paramref name="text"/> read as by <see cref="TryParse"/>, or a <see cref="SessionArgumentException"/> naming
    /// <paramref name="source"/> (the query parameter or header it came from).
    /// </summary>
    public static TimelineCursor Parse(string? text, string source) => TryParse(text, out var cursor)
        ? cursor
        : throw new SessionArgumentException($"{source} must be a timeline cursor, a sequence number (12) or a public one (p12); '{text}' is neither.");

    public override string ToString() => (Public ? "p" : "") + Number.ToString(CultureInfo.InvariantCulture);
}

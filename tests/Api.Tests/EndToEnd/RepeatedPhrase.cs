using System.Text.RegularExpressions;

namespace PracticePlatform.Api.Tests.EndToEnd;

/// <summary>
/// Finds a phrase said twice around a colon, the mark of one piece of text prefixing another that already opens with
/// the same words: "Assessment: Assessment: impact ...", "webapi-instances-unhealthy: webapi-instances-unhealthy: ...",
/// "Session started.: Session started.". Words compare without case and without the punctuation around them.
/// </summary>
internal static partial class RepeatedPhrase
{
    /// <summary>The longest phrase looked for, in words.</summary>
    private const int MaxWords = 8;

    /// <summary>The repeated phrase, or null when every colon introduces something new.</summary>
    public static string? In(string text)
    {
        foreach (Match colon in Colon().Matches(text))
        {
            var before = Words(text[..colon.Index]);
            var after = Words(text[(colon.Index + 1)..]);
            for (var k = 1; k <= Math.Min(MaxWords, Math.Min(before.Length, after.Length)); k++)
            {
                if (before[^k..].SequenceEqual(after[..k]))
                {
                    return string.Join(' ', after[..k]);
                }
            }
        }
        return null;
    }

    private static string[] Words(string text) =>
        [.. text.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Edge().Replace(w, "").ToLowerInvariant())
            .Where(w => w.Length > 0)];

    /// <summary>A colon that ends a phrase: followed by a space or a line break, not a time's or a URL's.</summary>
    [GeneratedRegex(@":(?=\s)")]
    private static partial Regex Colon();

    /// <summary>Punctuation and markup around a word.</summary>
    [GeneratedRegex(@"^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$")]
    private static partial Regex Edge();
}

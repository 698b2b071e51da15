using System.Globalization;

namespace PracticePlatform.Cli.Input;

/// <summary>Ids, numbers and times typed on the command line, parsed with messages that say what was expected.</summary>
public static class ArgumentText
{
    public static Guid ParseId(string text, string what) =>
        Guid.TryParse(text.Trim(), out var id) ? id : throw new UsageException($"bad {what} '{text}': expected an id such as 3f2b6c1e-8d2a-4f59-9a51-0c4d7e9b1a22");

    public static double ParseNumber(string text, string what) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new UsageException($"bad {what} '{text}': expected a number such as 2 or 0.5");

    public static long ParseWhole(string text, string what) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new UsageException($"bad {what} '{text}': expected a whole number");

    /// <summary>A timeline cursor: a sequence number (12), or a public one (p12), as the API's <c>after</c> takes it.</summary>
    public static string ParseCursor(string text, string what)
    {
        var digits = text.StartsWith('p') ? text[1..] : text;
        return digits.Length > 0 && digits.All(char.IsAsciiDigit)
            ? text
            : throw new UsageException($"bad {what} '{text}': expected a timeline cursor, a sequence number (12) or a public one (p12)");
    }

    /// <summary>An ISO 8601 time; without an offset it is the local time of the machine the CLI runs on.</summary>
    public static DateTimeOffset ParseTime(string text, string what) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal, out var time)
            ? time
            : throw new UsageException($"bad {what} '{text}': expected an ISO 8601 time such as 2026-03-02T14:00:00+01:00");
}

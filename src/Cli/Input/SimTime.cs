using System.Globalization;
using PracticePlatform.Simulation.Text;

namespace PracticePlatform.Cli.Input;

/// <summary>Simulated times and durations as typed on the command line: `2h`, `90m`, `3600s`, `1h30m` or `00:10:00`.</summary>
public static class SimTime
{
    public static bool TryParse(string text, out TimeSpan time)
    {
        if (text.Contains(':', StringComparison.Ordinal))
        {
            return TimeSpan.TryParseExact(text, [@"h\:mm\:ss", @"hh\:mm\:ss", @"m\:ss", @"mm\:ss"], CultureInfo.InvariantCulture, out time);
        }

        return Durations.TryParse(text, out time);
    }

    public static TimeSpan Parse(string text, string what) =>
        TryParse(text, out var time) ? time : throw new UsageException($"bad {what} '{text}': use forms like 2h, 90m, 3600s, 1h30m or 00:10:00");

    public static string Format(long second) =>
        string.Create(CultureInfo.InvariantCulture, $"{second / 3600:00}:{second / 60 % 60:00}:{second % 60:00}");
}

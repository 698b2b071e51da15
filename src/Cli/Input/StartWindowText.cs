using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Input;

/// <summary>
/// A surprise start's window from the command line: <c>--window T1..T2</c>, or <c>--window-earliest</c> and
/// <c>--window-latest</c>; and its business hours, <c>--business-hours HH:mm-HH:mm --time-zone zone</c>.
/// </summary>
public static class StartWindowText
{
    /// <summary>The window, or null when none was given; a half-given or doubly-given window is a usage error.</summary>
    public static StartWindow? Parse(string? window, string? earliest, string? latest)
    {
        if (window is not null)
        {
            if (earliest is not null || latest is not null)
            {
                throw new UsageException("give --window or --window-earliest and --window-latest, not both");
            }

            var dots = window.IndexOf("..", StringComparison.Ordinal);
            if (dots < 0)
            {
                throw new UsageException($"bad window '{window}': expected two ISO 8601 times written T1..T2");
            }

            return new StartWindow(ArgumentText.ParseTime(window[..dots].Trim(), "window start"), ArgumentText.ParseTime(window[(dots + 2)..].Trim(), "window end"));
        }

        return (earliest, latest) switch
        {
            (null, null) => null,
            ({ } e, { } l) => new StartWindow(ArgumentText.ParseTime(e, "window start"), ArgumentText.ParseTime(l, "window end")),
            _ => throw new UsageException("a start window needs both --window-earliest and --window-latest"),
        };
    }

    /// <summary>Business hours as the API takes them (from, to, time zone), or null; the server checks the times and the zone.</summary>
    public static object? ParseHours(string? hours, string? zone)
    {
        if (hours is null && zone is null)
        {
            return null;
        }

        if (hours is null || zone is null)
        {
            throw new UsageException("business hours need both --business-hours and --time-zone");
        }

        var dash = hours.IndexOf('-', StringComparison.Ordinal);
        return dash < 0
            ? throw new UsageException($"bad business hours '{hours}': expected HH:mm-HH:mm, such as 09:00-17:00")
            : new { from = hours[..dash].Trim(), to = hours[(dash + 1)..].Trim(), timeZone = zone };
    }
}

using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Input;

/// <summary>A surprise start's window from the command line: <c>--window T1..T2</c>, or <c>--window-earliest</c> and <c>--window-latest</c>.</summary>
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
}

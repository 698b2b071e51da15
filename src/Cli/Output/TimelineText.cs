using System.Globalization;
using PracticePlatform.Cli.Input;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Output;

/// <summary>
/// Timeline entries as lines, one each, so a followed timeline prints as it happens and greps well:
/// <c>#12  00:06:00  ana  command  svcadm clear webapi</c>.
/// </summary>
public static class TimelineText
{
    public static string Line(TimelineEntry entry) =>
        string.Create(CultureInfo.InvariantCulture, $"#{entry.Sequence,-4} {SimTime.Format(entry.Second)}  {entry.Actor,-12} {entry.Kind,-12} {OneLine(entry.Text)}");

    private static string OneLine(string text) => text.ReplaceLineEndings(" / ").TrimEnd();
}

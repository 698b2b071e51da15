using System.Globalization;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Output;

/// <summary>Notification delivery attempts for people: where each alarm or milestone went and how it fared.</summary>
public static class DeliveryText
{
    public static void WriteList(TextWriter output, IReadOnlyList<DeliveryAttempt> attempts)
    {
        if (attempts.Count == 0)
        {
            output.WriteLine("No delivery attempts.");
            return;
        }

        PlainTable.Write(output, ["notification", "channel", "target", "attempt", "at", "outcome", "detail"], attempts.Select(d =>
            (IReadOnlyList<string>)[
                d.NotificationSequence.ToString(CultureInfo.InvariantCulture),
                d.Channel,
                d.Target,
                d.Attempt.ToString(CultureInfo.InvariantCulture),
                SessionText.Wall(d.At),
                d.Outcome,
                d.Detail ?? "",
            ]));
    }
}

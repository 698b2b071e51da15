using PracticePlatform.Contracts.Notifications;

namespace PracticePlatform.Silo.Notifications;

/// <summary>
/// The words every rendering of a notification shares, so that nobody reading a chat channel or an inbox mistakes a
/// practice alarm for a real incident.
/// </summary>
public static class PracticeWording
{
    /// <summary>Leads every subject and message.</summary>
    public const string Marker = "[PRACTICE]";

    /// <summary>Said once in every message.</summary>
    public const string Disclaimer = "This is a practice incident, not a real one.";

    /// <summary>The one-line summary, e.g. <c>[PRACTICE] Alarm: checkout errors above 5%</c>.</summary>
    public static string Headline(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var kind = notification.Kind switch
        {
            NotificationKind.Alarm => "Alarm",
            NotificationKind.Milestone => "Milestone",
            _ => "Notice",
        };
        return $"{Marker} {kind}: {SingleLine(notification.Title)}";
    }

    /// <summary>Where the notification comes from: the session, the cell's simulated second and the wall time.</summary>
    public static string Origin(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var at = notification.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        return $"Practice session {notification.SessionId:D}, simulated second {notification.SimulatedSecond}, {at} UTC";
    }

    /// <summary>The text with control characters (line breaks included) turned into spaces, for one-line places.</summary>
    public static string SingleLine(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? ' ' : source[i];
            }
        }).Trim();
}

using System.Globalization;
using System.Text;

namespace PracticePlatform.Grains.Notifications;

/// <summary>
/// An iCalendar (RFC 5545) invitation to one practice session, in UTC so every calendar shows local time.
/// DTSTAMP is when the invitation was made (from the injected clock), which calendars use to order updates. The
/// console serves it for download; a session's invitation notification carries it to the roster's email. Without a
/// URL (a silo does not know the console's address) the description says how to find the session instead.
/// </summary>
public static class CalendarInvitation
{
    public static string Write(Guid sessionId, DateTimeOffset madeAt, DateTimeOffset start, TimeSpan duration, string summary, string? url)
    {
        var text = new StringBuilder();
        Line(text, "BEGIN:VCALENDAR");
        Line(text, "VERSION:2.0");
        Line(text, "PRODID:-//PracticePlatform//Practice session//EN");
        Line(text, "METHOD:PUBLISH");
        Line(text, "BEGIN:VEVENT");
        Line(text, $"UID:{sessionId:N}@practice-platform");
        Line(text, $"DTSTAMP:{Stamp(madeAt)}");
        Line(text, $"DTSTART:{Stamp(start)}");
        Line(text, $"DTEND:{Stamp(start + duration)}");
        Line(text, $"SUMMARY:{Escape(summary)}");
        Line(text, $"DESCRIPTION:{Escape(url is null ? $"Practice session {sessionId}: open it in the practice console, or run 'practice session show {sessionId}'." : "Join the session: " + url)}");
        if (url is not null)
        {
            Line(text, $"URL:{url}");
        }
        Line(text, "END:VEVENT");
        Line(text, "END:VCALENDAR");
        return text.ToString();
    }

    private static string Stamp(DateTimeOffset when) => when.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    // Lines end in CRLF and are folded at 75 octets, as the format requires.
    private static void Line(StringBuilder text, string line)
    {
        while (Encoding.UTF8.GetByteCount(line) > 75)
        {
            var cut = 74;
            while (Encoding.UTF8.GetByteCount(line[..cut]) > 74)
            {
                cut--;
            }
            text.Append(line[..cut]).Append("\r\n ");
            line = line[cut..];
        }
        text.Append(line).Append("\r\n");
    }
}

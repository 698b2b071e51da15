using System.Globalization;
using System.Text;
using PracticePlatform.Contracts.Notifications;

namespace PracticePlatform.Silo.Notifications;

/// <summary>
/// A notification as an RFC 5322 message: <c>[PRACTICE]</c> subject, <c>X-Practice-Session</c> header, plain UTF-8
/// text in quoted-printable. The Message-ID comes from the session and the notification's sequence, so a retried
/// send carries the same id and a mail system can tell it is one message.
/// </summary>
public static class EmailMessage
{
    /// <summary>The header naming the practice session a message comes from.</summary>
    public const string SessionHeader = "X-Practice-Session";

    /// <summary>The whole message: headers, a blank line, the encoded body; CRLF line ends.</summary>
    public static string Render(Notification notification, string from, IReadOnlyList<string> recipients, DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentNullException.ThrowIfNull(recipients);
        var domain = from[(from.LastIndexOf('@') + 1)..];
        var message = new StringBuilder();
        Header(message, "From", from);
        // Folded (a line break and a space) between addresses and encoded words, so no header line grows past limits.
        message.Append("To: ").AppendJoin(",\r\n ", recipients.Select(PracticeWording.SingleLine)).Append("\r\n");
        message.Append("Subject: ").AppendJoin("\r\n ", EncodeIfNeeded(PracticeWording.Headline(notification))).Append("\r\n");
        Header(message, "Date", date.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture));
        Header(message, "Message-ID", $"<{notification.SessionId:N}.{notification.Sequence}@{domain}>");
        Header(message, SessionHeader, notification.SessionId.ToString("D"));
        Header(message, "X-Practice-Notification", notification.Sequence.ToString(CultureInfo.InvariantCulture));
        // Sent by a machine (RFC 3834): out-of-office replies should not answer it.
        Header(message, "Auto-Submitted", "auto-generated");
        Header(message, "MIME-Version", "1.0");
        Header(message, "Content-Type", "text/plain; charset=utf-8");
        Header(message, "Content-Transfer-Encoding", "quoted-printable");
        message.Append("\r\n");
        message.Append(QuotedPrintable.Encode(Body(notification)));
        message.Append("\r\n");
        return message.ToString();
    }

    /// <summary>The plain text: disclaimer first, then what happened, then where it comes from.</summary>
    public static string Body(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return $"""
            {PracticeWording.Marker} {PracticeWording.Disclaimer}

            {PracticeWording.Headline(notification)}
            {notification.Text.Trim()}

            {PracticeWording.Origin(notification)}.
            Notification {notification.Sequence.ToString(CultureInfo.InvariantCulture)}.
            """.ReplaceLineEndings("\n");
    }

    private static void Header(StringBuilder message, string name, string value) =>
        message.Append(name).Append(": ").Append(PracticeWording.SingleLine(value)).Append("\r\n");

    /// <summary>
    /// The value as it is when plain ASCII, otherwise as RFC 2047 encoded words (headers are 7-bit without SMTPUTF8),
    /// each short enough that a header line stays within 78 characters, never splitting a character.
    /// </summary>
    private static IEnumerable<string> EncodeIfNeeded(string value)
    {
        if (value.All(char.IsAscii))
        {
            yield return value;
            yield break;
        }
        const int MaxBytesPerWord = 39; // 52 base64 characters + 12 of framing = 64, so "Subject: " and a word fit in 78.
        var chunk = new StringBuilder();
        foreach (var rune in value.EnumerateRunes())
        {
            if (Encoding.UTF8.GetByteCount(chunk.ToString()) + rune.Utf8SequenceLength > MaxBytesPerWord)
            {
                yield return Word(chunk.ToString());
                chunk.Clear();
            }
            chunk.Append(rune.ToString());
        }
        yield return Word(chunk.ToString());

        static string Word(string text) => $"=?utf-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(text))}?=";
    }
}

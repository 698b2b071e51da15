using System.Globalization;
using MimeKit;
using PracticePlatform.Contracts.Notifications;

namespace PracticePlatform.Silo.Notifications;

/// <summary>
/// A notification as an email: <c>[PRACTICE]</c> subject, <c>X-Practice-Session</c> header, plain UTF-8 text (and an
/// invite.ics attachment when the notification carries a calendar invitation). The
/// Message-ID comes from the session and the notification's sequence, so a retried send carries the same id and a
/// mail system can tell it is one message. Recipients are blind copies under an empty "undisclosed-recipients" group:
/// a Code Blue pages a whole cohort, and no one paged learns anyone else's address (the SMTP client never sends the Bcc
/// header). MimeKit picks the encodings (encoded words, quoted-printable, folding).
/// </summary>
public static class EmailMessage
{
    /// <summary>The header naming the practice session a message comes from.</summary>
    public const string SessionHeader = "X-Practice-Session";

    /// <summary>The header giving the notification's sequence within its session.</summary>
    public const string NotificationHeader = "X-Practice-Notification";

    /// <summary>The empty group the To header names: every recipient is a blind copy.</summary>
    public const string UndisclosedRecipients = "undisclosed-recipients";

    // Strict: an address is taken as it is or refused, never guessed at (no missing domains, no stray quotes).
    private static readonly ParserOptions StrictAddresses = new()
    {
        AddressParserComplianceMode = RfcComplianceMode.Strict,
        AllowAddressesWithoutDomain = false,
        AllowUnquotedCommasInAddresses = false,
    };

    /// <summary>
    /// The message from <paramref name="from"/> to every one of <paramref name="recipients"/>, dated
    /// <paramref name="date"/>. An address that is not one plain address is a permanent <see cref="DeliveryException"/>.
    /// </summary>
    public static MimeMessage Compose(Notification notification, string from, IReadOnlyList<string> recipients, DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentNullException.ThrowIfNull(recipients);
        if (recipients.Count == 0)
        {
            throw new DeliveryException("No recipients to send to.", isPermanent: true);
        }
        var sender = Mailbox(from);
        var message = new MimeMessage
        {
            Subject = PracticeWording.Headline(notification),
            Date = date,
            MessageId = $"{notification.SessionId:N}.{notification.Sequence.ToString(CultureInfo.InvariantCulture)}@{sender.Domain}",
            Body = notification.Calendar is { } calendar ? WithInvitation(PlainText(Body(notification)), calendar) : PlainText(Body(notification)),
        };
        message.From.Add(sender);
        message.To.Add(new GroupAddress(UndisclosedRecipients));
        message.Bcc.AddRange(recipients.Select(Mailbox));
        message.Headers.Add(SessionHeader, notification.SessionId.ToString("D"));
        message.Headers.Add(NotificationHeader, notification.Sequence.ToString(CultureInfo.InvariantCulture));
        // Sent by a machine (RFC 3834): out-of-office replies should not answer it.
        message.Headers.Add(HeaderId.AutoSubmitted, "auto-generated");
        return message;
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

    /// <summary>The text with the invitation both inline (calendars offer to add it) and as an invite.ics attachment.</summary>
    private static Multipart WithInvitation(TextPart text, string calendar)
    {
        var invitation = new TextPart("calendar") { FileName = "invite.ics" };
        invitation.ContentType.Parameters.Add("method", "PUBLISH");
        invitation.SetText(System.Text.Encoding.UTF8, calendar);
        return new Multipart("mixed") { text, invitation };
    }

    private static TextPart PlainText(string text)
    {
        var part = new TextPart(MimeKit.Text.TextFormat.Plain);
        part.SetText(System.Text.Encoding.UTF8, text);
        return part;
    }

    /// <summary>
    /// <paramref name="address"/> as a mailbox, when it is one bare address and nothing else (no display name, no
    /// second address, no line breaks), so nothing in an address can add a recipient or a header.
    /// </summary>
    private static MailboxAddress Mailbox(string address)
    {
        if (address is not null && address.Length <= 254 && !address.Any(char.IsControl)
            && MailboxAddress.TryParse(StrictAddresses, address, out var mailbox)
            && string.IsNullOrEmpty(mailbox.Name) && mailbox.Route.Count == 0
            && string.Equals(mailbox.Address, address, StringComparison.Ordinal))
        {
            return mailbox;
        }
        throw new DeliveryException($"'{PracticeWording.SingleLine(address ?? "")}' is not a plain email address.", isPermanent: true);
    }
}

using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using PracticePlatform.Contracts.Notifications;

namespace PracticePlatform.Silo.Notifications;

/// <summary>
/// Sends a notification as one email to all of its addresses, through the configured SMTP relay (MailKit): one
/// connection per attempt, secured as <see cref="NotificationOptions.SmtpSecurity"/> says, authenticated when a user
/// is configured. The caller's token bounds the attempt (the delivery pipeline cancels it after the attempt timeout).
/// </summary>
public sealed class EmailSender(IOptions<NotificationOptions> options, TimeProvider timeProvider)
{
    private readonly NotificationOptions _options = options.Value;

    /// <summary>The relay as <c>host:port</c>, or null when none is configured.</summary>
    public string? Relay => _options.HasSmtp ? $"{_options.SmtpHost}:{_options.SmtpPort}" : null;

    /// <summary>Sends <paramref name="notification"/> to its email targets; returns once the relay accepted it.</summary>
    public async Task SendAsync(Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (!_options.HasSmtp)
        {
            throw new DeliveryException(
                $"No SMTP relay is configured (set {NotificationOptions.Section}:SmtpHost or PRACTICE_SMTP).", isPermanent: true);
        }
        var message = EmailMessage.Compose(notification, _options.From, Recipients(notification), timeProvider.GetUtcNow());
        var relay = Relay!;
        var certificates = new RelayCertificateCheck(_options.SmtpCertificateAuthority);
        using var client = new SmtpClient { ServerCertificateValidationCallback = certificates.Validate };
        try
        {
            await client.ConnectAsync(_options.SmtpHost!, _options.SmtpPort, SocketOptions(_options.SmtpSecurity), cancellationToken).ConfigureAwait(false);
            if (_options.HasSmtpCredentials)
            {
                if (!client.IsSecure && _options.SmtpSecurity != SmtpSecurity.None)
                {
                    throw new DeliveryException(
                        $"SMTP relay {relay} offered no STARTTLS, so the password is not sent (set SmtpSecurity to None to send it without TLS).",
                        isPermanent: true);
                }
                await client.AuthenticateAsync(_options.SmtpUsername!, _options.SmtpPassword!, cancellationToken).ConfigureAwait(false);
            }
            await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (SmtpFailures.Describe(e, relay, _options.SmtpSecurity, _options.SmtpUsername, certificates) is { } failure)
        {
            throw failure;
        }
        await QuitQuietlyAsync(client, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The notification's distinct addresses, in the order given.</summary>
    public static IReadOnlyList<string> Recipients(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return notification.Targets.Emails.IsDefaultOrEmpty
            ? []
            : [.. notification.Targets.Emails.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>MailKit's name for <paramref name="security"/>.</summary>
    private static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTlsWhenAvailable,
    };

    /// <summary>Says goodbye; the relay's answer no longer matters, since it has accepted the message.</summary>
    private static async Task QuitQuietlyAsync(SmtpClient client, CancellationToken cancellationToken)
    {
        try
        {
            await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or System.Net.Sockets.SocketException or SmtpProtocolException or SmtpCommandException)
        {
            // Failing here would send the accepted message again.
        }
    }
}

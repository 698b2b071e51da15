using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace PracticePlatform.Silo.Notifications;

/// <summary>
/// Turns what MailKit throws into a <see cref="DeliveryException"/> that names the problem and the relay, and says
/// whether trying again can help: a refusal with a 5xx code, a failed login, an untrusted certificate or a relay that
/// cannot do what the settings require is permanent; a refused or broken connection, a 4xx code or a timeout is not.
/// The password never appears in a message.
/// </summary>
public static class SmtpFailures
{
    /// <summary>
    /// The delivery failure for <paramref name="exception"/>, thrown while sending through <paramref name="relay"/>
    /// (<c>host:port</c>) as <paramref name="username"/> (null without authentication); null for exceptions that are
    /// not MailKit's or the network's (cancellation among them), which go on as they are.
    /// </summary>
    public static DeliveryException? Describe(Exception exception, string relay, SmtpSecurity security, string? username, RelayCertificateCheck certificates)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(certificates);
        return exception switch
        {
            DeliveryException => null,
            OperationCanceledException => null,
            SocketException e => new($"SMTP connect to {relay} failed: {e.Message}", isPermanent: false),
            SslHandshakeException when certificates.Refusal is { } refusal =>
                new($"SMTP relay {relay} failed certificate validation: {refusal}.", isPermanent: true),
            SslHandshakeException e => new($"SMTP TLS handshake with {relay} failed: {Innermost(e)}", isPermanent: false),
            AuthenticationException e => new($"SMTP authentication as '{username}' at {relay} failed: {e.Message}", isPermanent: true),
            ServiceNotAuthenticatedException e => new(
                $"SMTP relay {relay} requires authentication ({e.Message}); set {NotificationOptions.Section}:SmtpUsername and SmtpPassword.", isPermanent: true),
            SmtpCommandException e => Refused(e, relay),
            // The relay lacks something the settings require: STARTTLS, AUTH, or SMTPUTF8 for an international address.
            NotSupportedException e => new($"SMTP relay {relay} lacks what this send requires (SmtpSecurity {security}): {e.Message}", isPermanent: true),
            SmtpProtocolException e => new($"SMTP conversation with {relay} broke off: {e.Message}", isPermanent: false),
            IOException e => new($"SMTP connection to {relay} failed: {e.Message}", isPermanent: false),
            TimeoutException e => new($"SMTP relay {relay} did not answer in time: {e.Message}", isPermanent: false),
            _ => null,
        };
    }

    /// <summary>A refusal, naming the SMTP step that was refused; 5xx codes are permanent, 4xx codes are not.</summary>
    private static DeliveryException Refused(SmtpCommandException e, string relay)
    {
        var code = (int)e.StatusCode;
        var step = e.ErrorCode switch
        {
            SmtpErrorCode.SenderNotAccepted => $"MAIL FROM:<{e.Mailbox?.Address}>",
            SmtpErrorCode.RecipientNotAccepted => $"RCPT TO:<{e.Mailbox?.Address}>",
            SmtpErrorCode.MessageNotAccepted => "DATA",
            _ => "command",
        };
        return new($"SMTP {step} refused by {relay}: {code} {PracticeWording.SingleLine(e.Message)}", isPermanent: code is >= 500 and < 600);
    }

    private static string Innermost(Exception e)
    {
        while (e.InnerException is { } inner)
        {
            e = inner;
        }
        return e.Message;
    }
}

using Microsoft.Extensions.Options;
using PracticePlatform.Contracts.Notifications;

namespace PracticePlatform.Silo.Notifications;

/// <summary>Sends a notification as one email to all of its addresses, through the configured SMTP relay.</summary>
public sealed class EmailSender(IOptions<NotificationOptions> options, TimeProvider timeProvider)
{
    private readonly NotificationOptions _options = options.Value;

    /// <summary>The relay as <c>host:port</c>, or null when none is configured.</summary>
    public string? Relay => _options.HasSmtp ? $"{_options.SmtpHost}:{_options.SmtpPort}" : null;

    /// <summary>Sends <paramref name="notification"/> to its email targets; returns once the relay accepted it.</summary>
    public Task SendAsync(Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (!_options.HasSmtp)
        {
            throw new DeliveryException(
                $"No SMTP relay is configured (set {NotificationOptions.Section}:SmtpHost or PRACTICE_SMTP).", isPermanent: true);
        }
        var recipients = Recipients(notification);
        var message = EmailMessage.Render(notification, _options.From, recipients, timeProvider.GetUtcNow());
        return new SmtpRelayClient(_options.SmtpHost!, _options.SmtpPort).SendAsync(_options.From, recipients, message, cancellationToken);
    }

    /// <summary>The notification's distinct addresses, in the order given.</summary>
    public static IReadOnlyList<string> Recipients(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return notification.Targets.Emails.IsDefaultOrEmpty
            ? []
            : [.. notification.Targets.Emails.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}

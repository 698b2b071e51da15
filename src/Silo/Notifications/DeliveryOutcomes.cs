namespace PracticePlatform.Silo.Notifications;

/// <summary>The values of <see cref="Contracts.Notifications.DeliveryAttempt.Outcome"/> and <see cref="Contracts.Notifications.DeliveryAttempt.Channel"/>.</summary>
public static class DeliveryOutcomes
{
    /// <summary>The target accepted the notification.</summary>
    public const string Delivered = "delivered";

    /// <summary>The target refused it, or could not be reached.</summary>
    public const string Failed = "failed";

    /// <summary>The target did not answer within the attempt timeout.</summary>
    public const string Timeout = "timeout";

    /// <summary>Not tried: the target's circuit is open after failures in a row.</summary>
    public const string CircuitOpen = "circuit-open";

    /// <summary>The channel of a Slack-compatible webhook.</summary>
    public const string WebhookChannel = "webhook";

    /// <summary>The channel of email through the SMTP relay.</summary>
    public const string EmailChannel = "email";
}

namespace PracticePlatform.Contracts.Notifications;

/// <summary>
/// The grain that published a notification (a session, keyed by its id) keeps it in a durable outbox until delivery
/// has settled, and publishes it again after a restart: delivery is at least once.
/// </summary>
[Alias("practice.INotificationSource")]
public interface INotificationSource : IGrainWithGuidKey
{
    /// <summary>Every delivery of notification <paramref name="sequence"/> ended (delivered or given up): drop it from the outbox.</summary>
    Task NotificationSettledAsync(long sequence);
}

using PracticePlatform.Contracts.Notifications;

namespace PracticePlatform.Grains.Notifications;

/// <summary>
/// Hands notifications to the outbound delivery. <see cref="Publish"/> never blocks and never throws: a dead
/// endpoint must not hold up the session that published.
/// </summary>
public interface INotificationPublisher
{
    void Publish(Notification notification);
}

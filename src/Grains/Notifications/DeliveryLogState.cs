using PracticePlatform.Contracts.Notifications;

namespace PracticePlatform.Grains.Notifications;

/// <summary>A session's delivery log as stored: the newest attempts, oldest first.</summary>
public sealed class DeliveryLogState
{
    public List<DeliveryAttempt> Attempts { get; set; } = [];
}

using System.Collections.Immutable;
using PracticePlatform.Runtime;

namespace PracticePlatform.Grains.Notifications;

/// <summary>The delivery attempts of one session's notifications (keyed by the session's id), kept so they can be shown.</summary>
public interface IDeliveryLogGrain : IGrainWithGuidKey
{
    /// <summary>Appends one attempt; past the log's capacity the oldest attempts are dropped.</summary>
    Task RecordAsync(DeliveryAttempt attempt);

    /// <summary>The kept attempts, oldest first, in the order they were recorded.</summary>
    [ReadOnly]
    Task<ImmutableArray<DeliveryAttempt>> ListAsync();
}

using System.Collections.Immutable;
using PracticePlatform.Runtime;

namespace PracticePlatform.Grains.Notifications;

/// <summary>The delivery attempts of one session's notifications (keyed by the session's id), kept so they can be shown.</summary>
public interface IDeliveryLogGrain : IGrainWithGuidKey
{
    Task RecordAsync(DeliveryAttempt attempt);

    Task<ImmutableArray<DeliveryAttempt>> ListAsync();
}

using System.Collections.Immutable;
using Orleans.Concurrency;

namespace PracticePlatform.Contracts.Notifications;

/// <summary>The delivery attempts of one session's notifications (keyed by the session's id), kept so they can be shown.</summary>
[Alias("practice.IDeliveryLogGrain")]
public interface IDeliveryLogGrain : IGrainWithGuidKey
{
    /// <summary>Appends one attempt; past the log's capacity the oldest attempts are dropped.</summary>
    Task RecordAsync(DeliveryAttempt attempt);

    /// <summary>The kept attempts, oldest first, in the order they were recorded.</summary>
    [ReadOnly]
    Task<ImmutableArray<DeliveryAttempt>> ListAsync();
}

using System.Collections.Immutable;
using PracticePlatform.Contracts.Notifications;

namespace PracticePlatform.Grains.Notifications;

/// <summary>
/// Keeps a session's delivery attempts in the order they were recorded. Only the newest <see cref="Capacity"/> are
/// kept: a target that stays dead for a long session must not grow the record without bound.
/// </summary>
public sealed class DeliveryLogGrain([PersistentState("deliveries")] IPersistentState<DeliveryLogState> state) : Grain, IDeliveryLogGrain
{
    /// <summary>How many attempts a session's log keeps.</summary>
    public const int Capacity = 1_000;

    public Task RecordAsync(DeliveryAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var attempts = state.State.Attempts;
        attempts.Add(attempt);
        if (attempts.Count > Capacity)
        {
            attempts.RemoveRange(0, attempts.Count - Capacity);
        }
        return state.WriteStateAsync();
    }

    public Task<ImmutableArray<DeliveryAttempt>> ListAsync() => Task.FromResult(state.State.Attempts.ToImmutableArray());
}

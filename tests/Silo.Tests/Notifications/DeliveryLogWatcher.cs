using PracticePlatform.Contracts.Notifications;
using PracticePlatform.Testing;

namespace PracticePlatform.Silo.Tests.Notifications;

/// <summary>
/// An incoming call filter that sees every attempt the delivery log grains record (after the write succeeded), so a
/// test can wait for "attempt 2 of notification 1 was recorded" instead of polling the grain.
/// </summary>
public sealed class DeliveryLogWatcher : IIncomingGrainCallFilter
{
    /// <summary>Recorded attempts with the session they belong to, in recording order.</summary>
    public Arrivals<(Guid Session, DeliveryAttempt Attempt)> Recorded { get; } = new();

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        await context.Invoke();
        if (context.InterfaceMethod.DeclaringType == typeof(IDeliveryLogGrain)
            && context.InterfaceMethod.Name == nameof(IDeliveryLogGrain.RecordAsync)
            && context.Request.GetArgument(0) is DeliveryAttempt attempt)
        {
            Recorded.Add((context.TargetId.GetGuidKey(), attempt));
        }
    }

    /// <summary>Waits for the attempt of <paramref name="session"/>'s notification matching the rest.</summary>
    public async Task<DeliveryAttempt> WaitForAsync(Guid session, long sequence, string channel, int attempt)
    {
        var (_, recorded) = await Recorded.WaitForAsync(
            r => r.Session == session && r.Attempt.NotificationSequence == sequence && r.Attempt.Channel == channel && r.Attempt.Attempt == attempt,
            $"attempt {attempt} of notification {sequence} by {channel} in session {session} to be recorded");
        return recorded;
    }
}

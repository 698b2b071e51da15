namespace PracticePlatform.Grains.Sessions;

/// <summary>The notification outbox: what was published stays in the state until the delivery settles it.</summary>
public sealed partial class SessionGrain
{
    public async Task NotificationSettledAsync(long sequence)
    {
        if (S.Outbox.RemoveAll(n => n.Sequence == sequence) > 0)
        {
            _published.Remove(sequence);
            await state.WriteStateAsync();
        }
    }

    /// <summary>Hands every notification of the outbox not yet published by this activation to the delivery.</summary>
    private void PublishOutbox()
    {
        if (notifications is null)
        {
            return;
        }
        foreach (var notification in S.Outbox.Where(n => _published.Add(n.Sequence)))
        {
            notifications.Publish(notification);
        }
    }
}

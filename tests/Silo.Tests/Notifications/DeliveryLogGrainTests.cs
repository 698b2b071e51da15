using PracticePlatform.Contracts.Notifications;
using PracticePlatform.Grains.Notifications;

namespace PracticePlatform.Silo.Tests.Notifications;

/// <summary>A session's delivery log keeps attempts in recording order, and only the newest 1,000.</summary>
public sealed class DeliveryLogGrainTests
{
    [Fact]
    public async Task Log_KeepsTheNewestThousandAttempts_OldestFirst()
    {
        await using var silo = await NotificationSilo.StartAsync(new Dictionary<string, string?>());
        var log = silo.Grains.GetGrain<IDeliveryLogGrain>(Guid.Parse("e0000000-0000-4000-8000-00000000000e"));
        var at = silo.Clock.GetUtcNow();

        for (var sequence = 1; sequence <= DeliveryLogGrain.Capacity + 5; sequence++)
        {
            await log.RecordAsync(new DeliveryAttempt(sequence, "webhook", "http://127.0.0.1/hook", 1, at, "delivered", null));
        }
        var kept = await log.ListAsync();

        Assert.Equal(DeliveryLogGrain.Capacity, kept.Length);
        Assert.Equal(Enumerable.Range(6, DeliveryLogGrain.Capacity).Select(s => (long)s), kept.Select(a => a.NotificationSequence));
    }

    [Fact]
    public async Task Log_OfASessionWithNoDeliveries_IsEmpty()
    {
        await using var silo = await NotificationSilo.StartAsync(new Dictionary<string, string?>());

        Assert.Empty(await silo.DeliveryLogAsync(Guid.Parse("f0000000-0000-4000-8000-00000000000f")));
    }
}

using PracticePlatform.Testing;

namespace PracticePlatform.Silo.Tests.Notifications;

/// <summary>Publishing only queues: it never blocks and never throws, whatever the state of delivery.</summary>
public sealed class NotificationQueueTests
{
    private static readonly Guid Session = Guid.Parse("c0000000-0000-4000-8000-00000000000c");

    [Fact]
    public async Task Publish_ReturnsAtOnce_AndDropsWhatDoesNotFit_WhenTheQueueIsFull()
    {
        await using var webhook = WebhookReceiver.Start();
        await using var silo = await NotificationSilo.StartAsync(new Dictionary<string, string?> { ["QueueCapacity"] = "2" }, startDispatcher: false);

        // Run apart from the test so that a Publish that blocked would show as a failure, not a hung run.
        await Task.Run(() =>
        {
            for (var sequence = 1; sequence <= 5; sequence++)
            {
                silo.Publisher.Publish(silo.Notification(Session, sequence, [webhook.Url]));
            }
            silo.Publisher.Publish(null!);
        }).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(3, silo.Dispatcher.Dropped);

        await silo.StartDispatcherAsync();
        await silo.Watcher.WaitForAsync(Session, 1, "webhook", attempt: 1);
        await silo.Watcher.WaitForAsync(Session, 2, "webhook", attempt: 1);
        Assert.Equal(2, (await webhook.WaitForCountAsync(2)).Count);
    }

    [Fact]
    public async Task NotificationWithoutTargets_IsNotQueued()
    {
        await using var silo = await NotificationSilo.StartAsync(new Dictionary<string, string?> { ["QueueCapacity"] = "1" }, startDispatcher: false);

        silo.Publisher.Publish(silo.Notification(Session, 1));
        silo.Publisher.Publish(silo.Notification(Session, 2));

        Assert.Equal(0, silo.Dispatcher.Dropped);
    }
}

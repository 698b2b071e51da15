using Microsoft.Extensions.DependencyInjection;
using PracticePlatform.Contracts.Notifications;
using PracticePlatform.Silo.Notifications;
using PracticePlatform.Testing;

namespace PracticePlatform.Silo.Tests.Notifications;

/// <summary>The webhook sender against a real (loopback) receiver: what counts as failure, and whether to try again.</summary>
public sealed class WebhookSenderTests : IAsyncLifetime
{
    private static readonly Notification Alarm = new(
        Guid.Parse("d0000000-0000-4000-8000-00000000000d"), 7, NotificationKind.Alarm, "Disk full on mako-2", "Writes failing.",
        new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero), 300, new NotificationTargets([], []));

    private readonly WebhookReceiver _receiver = WebhookReceiver.Start();
    private readonly ServiceProvider _services = new ServiceCollection().AddHttpClient().BuildServiceProvider();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task Accepted_PostsSlackJson_LeadingWithThePracticeMarker()
    {
        await Sender().SendAsync(_receiver.Url, Alarm, CancellationToken.None);

        var post = Assert.Single(_receiver.Received);
        Assert.Equal("/hooks/practice", post.Path);
        Assert.Equal(":rotating_light: [PRACTICE] Alarm: Disk full on mako-2: Writes failing.", (string)post.Json["text"]!);
        Assert.Equal(2, post.Json["blocks"]!.AsArray().Count);
    }

    [Fact]
    public async Task ServerError_IsATransientFailure_NamingTheStatus()
    {
        _receiver.Mode = WebhookReceiverMode.ServerError;

        var failure = await Assert.ThrowsAsync<DeliveryException>(() => Sender().SendAsync(_receiver.Url, Alarm, CancellationToken.None));

        Assert.Equal("The webhook answered 500 Internal Server Error: practice receiver failing on purpose", failure.Message);
        Assert.False(failure.IsPermanent);
    }

    [Fact]
    public async Task RemovedWebhook_IsAPermanentFailure()
    {
        _receiver.Mode = WebhookReceiverMode.Rejected;

        var failure = await Assert.ThrowsAsync<DeliveryException>(() => Sender().SendAsync(_receiver.Url, Alarm, CancellationToken.None));

        Assert.Equal("The webhook answered 404 Not Found: no_service", failure.Message);
        Assert.True(failure.IsPermanent);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://127.0.0.1/hook")]
    public async Task TargetThatIsNotAnHttpUrl_IsAPermanentFailure(string url)
    {
        var failure = await Assert.ThrowsAsync<DeliveryException>(() => Sender().SendAsync(url, Alarm, CancellationToken.None));

        Assert.True(failure.IsPermanent);
    }

    [Fact]
    public void Redact_KeepsOnlySchemeAndHost()
    {
        Assert.Equal("https://hooks.slack.com/…", WebhookSender.Redact("https://hooks.slack.com/services/T000/B000/secret"));
    }

    private WebhookSender Sender() => new(_services.GetRequiredService<IHttpClientFactory>());
}

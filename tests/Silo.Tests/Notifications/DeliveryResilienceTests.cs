using PracticePlatform.Testing;

namespace PracticePlatform.Silo.Tests.Notifications;

/// <summary>Failing targets are retried with backoff, time out per attempt, and have their circuit opened; others carry on.</summary>
public sealed class DeliveryResilienceTests
{
    private static readonly Guid SessionA = Guid.Parse("a0000000-0000-4000-8000-00000000000a");
    private static readonly Guid SessionB = Guid.Parse("b0000000-0000-4000-8000-00000000000b");
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["MaxAttempts"] = "3",
        ["FirstRetryDelay"] = "00:00:01",
        ["AttemptTimeout"] = "00:00:10",
        ["CircuitFailureThreshold"] = "3",
        ["CircuitSamplingDuration"] = "00:01:00",
        ["CircuitBreakDuration"] = "00:00:30",
    };

    [Fact]
    public async Task TargetAnswering500_IsRetriedWithExponentialBackoff_AndRecordedAsDeliveredWhenItRecovers()
    {
        await using var webhook = WebhookReceiver.Start();
        webhook.Mode = WebhookReceiverMode.ServerError;
        await using var silo = await NotificationSilo.StartAsync(Settings);
        var start = silo.Clock.GetUtcNow();

        silo.Publisher.Publish(silo.Notification(SessionA, 1, [webhook.Url]));
        var first = await silo.Watcher.WaitForAsync(SessionA, 1, "webhook", attempt: 1);
        await AdvancePastRetryAsync(silo, Second);
        var second = await silo.Watcher.WaitForAsync(SessionA, 1, "webhook", attempt: 2);
        webhook.Mode = WebhookReceiverMode.Accept;
        await AdvancePastRetryAsync(silo, 2 * Second);
        var third = await silo.Watcher.WaitForAsync(SessionA, 1, "webhook", attempt: 3);

        Assert.Equal(("failed", start), (first.Outcome, first.At));
        Assert.Contains("500", first.Detail, StringComparison.Ordinal);
        Assert.Equal(("failed", start + Second), (second.Outcome, second.At));
        Assert.Equal(("delivered", start + 3 * Second), (third.Outcome, third.At));
        Assert.Equal(3, webhook.Received.Count);
        Assert.Single(webhook.Received.Select(r => r.Body).Distinct());
    }

    [Fact]
    public async Task DeadTarget_FailsAfterTheConfiguredAttempts_AndOpensItsCircuit_WhileAnotherSessionIsServed()
    {
        var dead = $"http://127.0.0.1:{ClosedPort.Find()}/hooks/dead";
        await using var healthy = WebhookReceiver.Start();
        await using var silo = await NotificationSilo.StartAsync(Settings);

        silo.Publisher.Publish(silo.Notification(SessionA, 1, [dead]));
        var first = await silo.Watcher.WaitForAsync(SessionA, 1, "webhook", attempt: 1);
        // Session A's retry is pending on the clock, which has not moved: B must not wait for it.
        silo.Publisher.Publish(silo.Notification(SessionB, 1, [healthy.Url]));
        await healthy.WaitForCountAsync(1);
        var served = await silo.Watcher.WaitForAsync(SessionB, 1, "webhook", attempt: 1);
        await AdvancePastRetryAsync(silo, Second);
        await silo.Watcher.WaitForAsync(SessionA, 1, "webhook", attempt: 2);
        await AdvancePastRetryAsync(silo, 2 * Second);
        await silo.Watcher.WaitForAsync(SessionA, 1, "webhook", attempt: 3);
        silo.Publisher.Publish(silo.Notification(SessionA, 2, [dead]));
        var rejected = await silo.Watcher.WaitForAsync(SessionA, 2, "webhook", attempt: 1);

        Assert.Equal("failed", first.Outcome);
        Assert.Contains("Connection refused", first.Detail, StringComparison.Ordinal);
        Assert.Equal("delivered", served.Outcome);
        var log = await silo.DeliveryLogAsync(SessionA);
        Assert.Equal(["failed", "failed", "failed", "circuit-open"], log.Select(a => a.Outcome));
        Assert.Equal([1, 2, 3, 1], log.Select(a => a.Attempt));
        Assert.Equal("circuit-open", rejected.Outcome);
        Assert.Contains("circuit is open", rejected.Detail, StringComparison.Ordinal);
        Assert.Equal(dead, rejected.Target);
    }

    [Fact]
    public async Task OpenCircuit_ContactsNoOne_UntilTheBreakIsOver_ThenOneTryClosesIt()
    {
        await using var webhook = WebhookReceiver.Start();
        webhook.Mode = WebhookReceiverMode.ServerError;
        await using var silo = await NotificationSilo.StartAsync(Settings);

        silo.Publisher.Publish(silo.Notification(SessionA, 1, [webhook.Url]));
        await silo.Watcher.WaitForAsync(SessionA, 1, "webhook", attempt: 1);
        await AdvancePastRetryAsync(silo, Second);
        await silo.Watcher.WaitForAsync(SessionA, 1, "webhook", attempt: 2);
        await AdvancePastRetryAsync(silo, 2 * Second);
        await silo.Watcher.WaitForAsync(SessionA, 1, "webhook", attempt: 3);
        silo.Publisher.Publish(silo.Notification(SessionA, 2, [webhook.Url]));
        var rejected = await silo.Watcher.WaitForAsync(SessionA, 2, "webhook", attempt: 1);
        var connectionsWhileOpen = webhook.Connections;
        webhook.Mode = WebhookReceiverMode.Accept;
        silo.Clock.Advance(TimeSpan.FromSeconds(30));
        silo.Publisher.Publish(silo.Notification(SessionA, 3, [webhook.Url]));
        var probe = await silo.Watcher.WaitForAsync(SessionA, 3, "webhook", attempt: 1);

        Assert.Equal("circuit-open", rejected.Outcome);
        Assert.Equal(3, connectionsWhileOpen);
        Assert.Equal("delivered", probe.Outcome);
        Assert.Equal(4, webhook.Received.Count);
    }

    [Fact]
    public async Task TargetThatStopsAnswering_TimesOutPerAttempt_AndIsRetried()
    {
        await using var webhook = WebhookReceiver.Start();
        webhook.Mode = WebhookReceiverMode.Silent;
        await using var silo = await NotificationSilo.StartAsync(Settings);
        var start = silo.Clock.GetUtcNow();

        silo.Publisher.Publish(silo.Notification(SessionA, 1, [webhook.Url]));
        await webhook.WaitForCountAsync(1);
        // The attempt's timeout timer was set before the request went out.
        await silo.Clock.WaitForTimerAsync(TimeSpan.FromSeconds(10));
        webhook.Mode = WebhookReceiverMode.Accept;
        silo.Clock.Advance(TimeSpan.FromSeconds(10));
        var timedOut = await silo.Watcher.WaitForAsync(SessionA, 1, "webhook", attempt: 1);
        await AdvancePastRetryAsync(silo, Second);
        var retried = await silo.Watcher.WaitForAsync(SessionA, 1, "webhook", attempt: 2);

        Assert.Equal(("timeout", start), (timedOut.Outcome, timedOut.At));
        Assert.Equal(("delivered", start + TimeSpan.FromSeconds(11)), (retried.Outcome, retried.At));
    }

    [Fact]
    public async Task RelayThatNeverGreets_TimesOutAfterTheAttemptTimeout_OnTheInjectedClock()
    {
        // Connections complete in the listener's backlog, but nobody ever says 220.
        var silent = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        silent.Start();
        try
        {
            await using var silo = await NotificationSilo.StartAsync(new Dictionary<string, string?>(Settings)
            {
                ["SmtpHost"] = "127.0.0.1",
                ["SmtpPort"] = ((System.Net.IPEndPoint)silent.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                // No retry left pending on the clock, so the silo stops without waiting out its drain timeout.
                ["MaxAttempts"] = "1",
            });
            var start = silo.Clock.GetUtcNow();

            silo.Publisher.Publish(silo.Notification(SessionA, 1, emails: ["responder@example.test"]));
            await silo.Clock.WaitForTimerAsync(TimeSpan.FromSeconds(10));
            silo.Clock.Advance(TimeSpan.FromSeconds(10));
            var timedOut = await silo.Watcher.WaitForAsync(SessionA, 1, "email", attempt: 1);

            Assert.Equal(("timeout", start), (timedOut.Outcome, timedOut.At));
        }
        finally
        {
            silent.Stop();
        }
    }

    [Fact]
    public async Task RefusedRecipient_IsRecordedOnceAsFailed_NamingTheRcptStep()
    {
        await using var smtp = SmtpSink.Start();
        smtp.ReplyTo("RCPT", "550 5.1.1 <nobody@example.test>: mailbox unavailable");
        await using var webhook = WebhookReceiver.Start();
        // One delivery at a time: the webhook's turn comes only once the email's delivery is over, retries included.
        await using var silo = await NotificationSilo.StartAsync(new Dictionary<string, string?>(Settings)
        {
            ["SmtpHost"] = smtp.Host,
            ["SmtpPort"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["MaxConcurrentDeliveries"] = "1",
        });

        silo.Publisher.Publish(silo.Notification(SessionA, 1, emails: ["nobody@example.test"]));
        silo.Publisher.Publish(silo.Notification(SessionA, 2, [webhook.Url]));
        await silo.Watcher.WaitForAsync(SessionA, 2, "webhook", attempt: 1);

        var email = Assert.Single(await silo.DeliveryLogAsync(SessionA), a => a.Channel == "email");
        Assert.Equal("failed", email.Outcome);
        Assert.Contains("RCPT TO:<nobody@example.test>", email.Detail, StringComparison.Ordinal);
        Assert.Contains("550 5.1.1", email.Detail, StringComparison.Ordinal);
        Assert.Empty(smtp.Messages);
    }

    /// <summary>Waits for the retry delay's timer (set just after the failure was recorded), then moves past it.</summary>
    private static async Task AdvancePastRetryAsync(NotificationSilo silo, TimeSpan delay)
    {
        await silo.Clock.WaitForTimerAsync(delay);
        silo.Clock.Advance(delay);
    }
}

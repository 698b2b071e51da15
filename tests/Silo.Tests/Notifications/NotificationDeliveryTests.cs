using System.Text.Json.Nodes;
using PracticePlatform.Contracts.Notifications;
using PracticePlatform.Silo.Notifications;
using PracticePlatform.Testing;

namespace PracticePlatform.Silo.Tests.Notifications;

/// <summary>Notifications leave the silo by webhook and email, marked as practice, and every attempt is logged.</summary>
public sealed class NotificationDeliveryTests : IAsyncLifetime
{
    private static readonly Guid Session = Guid.Parse("0d6f3c1e-6c2b-4f51-9d7e-3b7a5e0c1a01");

    private readonly WebhookReceiver _webhook = WebhookReceiver.Start();
    private readonly SmtpSink _smtp = SmtpSink.Start();
    private NotificationSilo _silo = null!;

    public async Task InitializeAsync() =>
        // The PRACTICE_SMTP shortcut, as an operator would set it.
        _silo = await NotificationSilo.StartAsync(new Dictionary<string, string?> { ["PRACTICE_SMTP"] = $"{_smtp.Host}:{_smtp.Port}" });

    public async Task DisposeAsync()
    {
        await _silo.DisposeAsync();
        await _webhook.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task MilestoneAndAlarm_ReachTheWebhookAndEveryAddress_MarkedAsPractice()
    {
        string[] emails = ["responder@example.test", "instigator@example.test"];
        _silo.Publisher.Publish(_silo.Notification(Session, 1, [_webhook.Url], emails, NotificationKind.Milestone, "Session started", "The cell is live."));
        _silo.Publisher.Publish(_silo.Notification(Session, 2, [_webhook.Url], emails, NotificationKind.Alarm, "Checkout errors above 5%", "Error rate 12% on POST /checkout."));

        var posts = await _webhook.WaitForCountAsync(2);
        var mails = await _smtp.WaitForCountAsync(2);

        var texts = posts.Select(p => (string)p.Json["text"]!).ToArray();
        Assert.All(texts, text => Assert.StartsWith(":rotating_light: [PRACTICE] ", text, StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("Milestone: Session started", StringComparison.Ordinal));
        var alarm = posts.Single(p => ((string)p.Json["text"]!).Contains("Alarm: Checkout errors above 5%", StringComparison.Ordinal));
        Assert.Equal("POST", alarm.Method);
        Assert.StartsWith("application/json", alarm.Header("Content-Type"), StringComparison.Ordinal);
        var blocks = alarm.Json["blocks"]!.AsArray();
        Assert.Equal("section", (string)blocks[0]!["type"]!);
        Assert.Equal("mrkdwn", (string)blocks[0]!["text"]!["type"]!);
        Assert.Contains("Error rate 12% on POST /checkout.", (string)blocks[0]!["text"]!["text"]!, StringComparison.Ordinal);
        Assert.Contains(Session.ToString(), (string)blocks[1]!["elements"]![0]!["text"]!, StringComparison.Ordinal);

        var alarmMail = mails.Single(m => m.Header("Subject") == "[PRACTICE] Alarm: Checkout errors above 5%");
        Assert.Contains(mails, m => m.Header("Subject") == "[PRACTICE] Milestone: Session started");
        Assert.Equal("practice@localhost", alarmMail.EnvelopeFrom);
        Assert.Equal(emails, alarmMail.EnvelopeRecipients);
        Assert.Equal(Session.ToString(), alarmMail.Header("X-Practice-Session"));
        // Every address is a blind copy: no recipient learns another's (a Code Blue pages a whole cohort).
        Assert.Equal("undisclosed-recipients: ;", alarmMail.Header("To"));
        Assert.Null(alarmMail.Header("Bcc"));
        Assert.DoesNotContain("example.test", alarmMail.Data.Split("\r\n\r\n")[0], StringComparison.Ordinal);
        Assert.StartsWith("text/plain; charset=utf-8", alarmMail.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Equal(_silo.Clock.GetUtcNow(), DateTimeOffset.Parse(alarmMail.Header("Date")!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal($"<{Session:N}.2@localhost>", alarmMail.Header("Message-ID"));
        Assert.Equal("2", alarmMail.Header("X-Practice-Notification"));
        Assert.Equal("auto-generated", alarmMail.Header("Auto-Submitted"));
        Assert.StartsWith("[PRACTICE] This is a practice incident, not a real one.", alarmMail.Body, StringComparison.Ordinal);
        Assert.Contains("Error rate 12% on POST /checkout.", alarmMail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryDelivery_IsRecordedAsDelivered_InTheSessionsLog()
    {
        _silo.Publisher.Publish(_silo.Notification(Session, 1, [_webhook.Url], ["responder@example.test"]));

        await _silo.Watcher.WaitForAsync(Session, 1, DeliveryOutcomes.WebhookChannel, attempt: 1);
        await _silo.Watcher.WaitForAsync(Session, 1, DeliveryOutcomes.EmailChannel, attempt: 1);

        var log = await _silo.DeliveryLogAsync(Session);
        Assert.Equal(2, log.Length);
        var webhook = log.Single(a => a.Channel == "webhook");
        Assert.Equal(new DeliveryAttempt(1, "webhook", _webhook.Url, 1, _silo.Clock.GetUtcNow(), "delivered", null), webhook);
        var email = log.Single(a => a.Channel == "email");
        Assert.Equal(new DeliveryAttempt(1, "email", "responder@example.test", 1, _silo.Clock.GetUtcNow(), "delivered", null), email);
    }

    [Fact]
    public async Task TextThatNeedsEncoding_ArrivesIntact()
    {
        var title = "Ünïcode — naïve title that is long enough to need more than one encoded word in the subject";
        var text = string.Join("\n", ".a line starting with a dot", ".", "= signs, tabs\tand trailing spaces   ", new string('x', 1200));
        _silo.Publisher.Publish(_silo.Notification(Session, 1, [_webhook.Url], ["responder@example.test"], title: title, text: text));

        var mail = (await _smtp.WaitForCountAsync(1))[0];
        var post = (await _webhook.WaitForCountAsync(1))[0];

        Assert.Equal($"[PRACTICE] Alarm: {title}", mail.Header("Subject"));
        Assert.Contains(text, mail.Body, StringComparison.Ordinal);
        // Within RFC 5322's hard limit; MimeKit picks the transfer encoding that keeps it there.
        Assert.All(mail.Data.Split("\r\n"), line => Assert.True(line.Length <= 998, $"A line of {line.Length} characters: {line}"));
        Assert.Contains(title, (string)post.Json["text"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepeatedAndBlankTargets_GetOneDeliveryEach()
    {
        _silo.Publisher.Publish(_silo.Notification(Session, 1, [_webhook.Url, " ", _webhook.Url], ["a@example.test", "", "A@example.test"]));
        _silo.Publisher.Publish(_silo.Notification(Session, 2, [_webhook.Url]));

        await _silo.Watcher.WaitForAsync(Session, 1, "webhook", attempt: 1);
        await _silo.Watcher.WaitForAsync(Session, 1, "email", attempt: 1);
        await _silo.Watcher.WaitForAsync(Session, 2, "webhook", attempt: 1);

        Assert.Equal(2, (await _webhook.WaitForCountAsync(2)).Count);
        Assert.Equal<string>(["a@example.test"], (await _smtp.WaitForCountAsync(1))[0].EnvelopeRecipients);
        Assert.Equal(3, (await _silo.DeliveryLogAsync(Session)).Length);
    }

    [Fact]
    public async Task SlackControlCharacters_AreEscaped()
    {
        _silo.Publisher.Publish(_silo.Notification(Session, 1, [_webhook.Url], title: "<!channel> p99 > 2s & rising"));

        var post = (await _webhook.WaitForCountAsync(1))[0];

        Assert.Contains("&lt;!channel&gt; p99 &gt; 2s &amp; rising", (string)post.Json["text"]!, StringComparison.Ordinal);
        Assert.IsType<JsonArray>(post.Json["blocks"]);
    }
}

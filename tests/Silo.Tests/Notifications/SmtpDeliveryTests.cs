using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;
using PracticePlatform.Contracts.Notifications;
using PracticePlatform.Silo.Notifications;
using PracticePlatform.Testing;

namespace PracticePlatform.Silo.Tests.Notifications;

/// <summary>
/// Email through real (loopback) SMTP servers: STARTTLS, implicit TLS and AUTH with a certificate trusted only
/// through the settings, and every failure permanent or transient as trying again can or cannot help.
/// </summary>
public sealed class SmtpDeliveryTests : IDisposable
{
    private static readonly NetworkCredential Login = new("practice-relay", "s3cret-relay-password");

    private readonly string _authorityFile = Path.Combine(Path.GetTempPath(), $"practice-smtp-ca-{Guid.NewGuid():N}.pem");

    public void Dispose() => File.Delete(_authorityFile);

    [Theory]
    [InlineData(SmtpSecurity.Auto)]
    [InlineData(SmtpSecurity.StartTls)]
    public async Task StartTlsAndLogin_WithTheRelaysCertificateTrusted_DeliverOverTls(SmtpSecurity security)
    {
        await using var sink = SmtpSink.Start(SmtpSinkMode.StartTls, Login);

        await Sender(sink, security, Login, Trust(sink)).SendAsync(Notification("a@example.test", "b@example.test"), CancellationToken.None);

        var mail = Assert.Single(sink.Messages);
        Assert.True(mail.OverTls);
        Assert.Equal(Login.UserName, mail.AuthenticatedUser);
        Assert.Equal("practice@localhost", mail.EnvelopeFrom);
        Assert.Equal<string>(["a@example.test", "b@example.test"], mail.EnvelopeRecipients);
    }

    [Fact]
    public async Task ImplicitTls_WithTheRelaysCertificateTrusted_Delivers()
    {
        await using var sink = SmtpSink.Start(SmtpSinkMode.ImplicitTls, Login);

        await Sender(sink, SmtpSecurity.SslOnConnect, Login, Trust(sink)).SendAsync(Notification(), CancellationToken.None);

        var mail = Assert.Single(sink.Messages);
        Assert.True(mail.OverTls);
        Assert.Equal(Login.UserName, mail.AuthenticatedUser);
    }

    [Theory]
    [InlineData(SmtpSecurity.Auto)]
    [InlineData(SmtpSecurity.StartTls)]
    [InlineData(SmtpSecurity.SslOnConnect)]
    public async Task CertificateNotTrusted_FailsPermanently_NamingCertificateValidation(SmtpSecurity security)
    {
        await using var sink = SmtpSink.Start(security == SmtpSecurity.SslOnConnect ? SmtpSinkMode.ImplicitTls : SmtpSinkMode.StartTls, Login);

        var failure = await FailureOf(Sender(sink, security, Login));

        AssertPermanent(failure, sink, $"SMTP relay {sink.Host}:{sink.Port} failed certificate validation", "SmtpCertificateAuthority");
    }

    [Fact]
    public async Task CertificateAuthorityFileThatIsMissing_FailsPermanently_NamingTheFile()
    {
        await using var sink = SmtpSink.Start(SmtpSinkMode.StartTls, Login);

        var failure = await FailureOf(Sender(sink, SmtpSecurity.StartTls, Login, _authorityFile));

        AssertPermanent(failure, sink, _authorityFile);
    }

    [Fact]
    public async Task WrongPassword_FailsPermanently_SayingAuthenticationFailed_WithoutThePassword()
    {
        await using var sink = SmtpSink.Start(SmtpSinkMode.StartTls, Login);
        var wrong = new NetworkCredential(Login.UserName, "not-the-password");

        var failure = await FailureOf(Sender(sink, SmtpSecurity.StartTls, wrong, Trust(sink)));

        AssertPermanent(failure, sink, $"SMTP authentication as '{Login.UserName}' at {sink.Host}:{sink.Port} failed");
        Assert.DoesNotContain(wrong.Password, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RelayRequiringLogin_WithoutOne_FailsPermanently_SayingSo()
    {
        await using var sink = SmtpSink.Start(SmtpSinkMode.StartTls, Login);

        var failure = await FailureOf(Sender(sink, SmtpSecurity.StartTls, login: null, Trust(sink)));

        AssertPermanent(failure, sink, $"SMTP relay {sink.Host}:{sink.Port} requires authentication");
    }

    [Fact]
    public async Task StartTlsRequired_OfARelayWithoutIt_FailsPermanently_SayingSo()
    {
        await using var sink = SmtpSink.Start();

        var failure = await FailureOf(Sender(sink, SmtpSecurity.StartTls));

        AssertPermanent(failure, sink, $"SMTP relay {sink.Host}:{sink.Port} lacks what this send requires (SmtpSecurity StartTls)", "STARTTLS");
    }

    [Fact]
    public async Task Auto_OfARelayWithoutStartTls_NeverSendsThePassword_ButNoneDoes()
    {
        await using var sink = SmtpSink.Start(SmtpSinkMode.Plain, Login);

        var failure = await FailureOf(Sender(sink, SmtpSecurity.Auto, Login));
        await Sender(sink, SmtpSecurity.None, Login).SendAsync(Notification(), CancellationToken.None);

        Assert.True(failure.IsPermanent);
        Assert.Contains("offered no STARTTLS, so the password is not sent", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Login.Password, failure.Message, StringComparison.Ordinal);
        var mail = Assert.Single(sink.Messages);
        Assert.Equal((false, Login.UserName), (mail.OverTls, mail.AuthenticatedUser));
    }

    [Fact]
    public async Task DeadRelay_FailsTransiently_NamingTheConnectStep()
    {
        var port = ClosedPort.Find();

        var failure = await FailureOf(Sender("127.0.0.1", port));

        Assert.StartsWith($"SMTP connect to 127.0.0.1:{port} failed", failure.Message, StringComparison.Ordinal);
        Assert.False(failure.IsPermanent);
    }

    [Fact]
    public async Task RelayHangingUpAfterTheGreeting_FailsTransiently_NamingTheRelay()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            var hangUp = Task.Run(async () =>
            {
                using var client = await listener.AcceptTcpClientAsync();
                await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes("220 going away\r\n"));
            });

            var failure = await FailureOf(Sender("127.0.0.1", port));
            await hangUp;

            Assert.Contains($"127.0.0.1:{port}", failure.Message, StringComparison.Ordinal);
            Assert.False(failure.IsPermanent);
        }
        finally
        {
            listener.Stop();
        }
    }

    [Theory]
    [InlineData("MAIL", "451 4.3.0 Try again later", false, "SMTP MAIL FROM:<practice@localhost> refused by {0}: 451 4.3.0 Try again later")]
    [InlineData("RCPT", "450 4.2.1 Mailbox busy", false, "SMTP RCPT TO:<a@example.test> refused by {0}: 450 4.2.1 Mailbox busy")]
    [InlineData("RCPT", "550 5.1.1 No such user", true, "SMTP RCPT TO:<a@example.test> refused by {0}: 550 5.1.1 No such user")]
    [InlineData("DATA", "554 5.7.1 Practice mail is not welcome here", true, "SMTP DATA refused by {0}: 554 5.7.1 Practice mail is not welcome here")]
    public async Task Refusal_NamesTheStep_AndIsPermanentOnlyFor5xx(string verb, string reply, bool permanent, string expected)
    {
        await using var sink = SmtpSink.Start();
        sink.ReplyTo(verb, reply);

        var failure = await FailureOf(Sender(sink, SmtpSecurity.Auto));

        // The sink's server adds how many more refusals it would take before hanging up ("..., 4 retry(ies) remain").
        Assert.StartsWith(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, $"{sink.Host}:{sink.Port}"), failure.Message, StringComparison.Ordinal);
        Assert.Equal(permanent, failure.IsPermanent);
        Assert.Empty(sink.Messages);
    }

    [Fact]
    public async Task SendingAgain_CarriesTheSameMessageId_AndTheDateOfTheInjectedClock()
    {
        await using var sink = SmtpSink.Start();
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 3, 2, 13, 0, 0, TimeSpan.Zero));
        var sender = new EmailSender(Options.Create(new NotificationOptions { SmtpHost = sink.Host, SmtpPort = sink.Port, From = "practice@ops.example.test" }), clock);

        await sender.SendAsync(Notification(), CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(2));
        await sender.SendAsync(Notification(), CancellationToken.None);

        var mails = await sink.WaitForCountAsync(2);
        Assert.All(mails, m => Assert.Equal("<5f1c2a772b1e4c559e0a6f7d8c9b0a11.1@ops.example.test>", m.Header("Message-ID")));
        Assert.Equal(
            [clock.GetUtcNow() - TimeSpan.FromSeconds(2), clock.GetUtcNow()],
            mails.Select(m => DateTimeOffset.Parse(m.Header("Date")!, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("practice@ops.example.test", mails[0].Header("From"));
    }

    [Theory]
    [InlineData("nobody")]
    [InlineData("a@b@example.test")]
    [InlineData("evil@example.test>\r\nRCPT TO:<other@example.test")]
    [InlineData("two words@example.test")]
    [InlineData("Someone <someone@example.test>")]
    [InlineData("a@example.test, b@example.test")]
    public async Task AddressThatIsNotPlain_IsRefusedBeforeConnecting(string address)
    {
        await using var sink = SmtpSink.Start();

        var failure = await FailureOf(Sender(sink, SmtpSecurity.Auto), address);

        Assert.True(failure.IsPermanent);
        Assert.Equal(0, sink.Connections);
    }

    /// <summary>Sends a notification to <paramref name="emails"/> (one address by default), expecting it to fail.</summary>
    private static Task<DeliveryException> FailureOf(EmailSender sender, params string[] emails) =>
        Assert.ThrowsAsync<DeliveryException>(() => sender.SendAsync(Notification(emails), CancellationToken.None));

    /// <summary>A failure that trying again cannot help, saying each of <paramref name="phrases"/>; nothing reached the sink.</summary>
    private static void AssertPermanent(DeliveryException failure, SmtpSink sink, params string[] phrases)
    {
        Assert.True(failure.IsPermanent, failure.Message);
        Assert.All(phrases, phrase => Assert.Contains(phrase, failure.Message, StringComparison.Ordinal));
        Assert.Empty(sink.Messages);
    }

    /// <summary>Trusts exactly the sink's self-signed certificate, through the setting an operator would use.</summary>
    private string Trust(SmtpSink sink)
    {
        File.WriteAllText(_authorityFile, sink.Certificate!.ExportCertificatePem());
        return _authorityFile;
    }

    private static EmailSender Sender(SmtpSink sink, SmtpSecurity security, NetworkCredential? login = null, string? certificateAuthority = null) =>
        Sender(sink.Host, sink.Port, security, login, certificateAuthority);

    private static EmailSender Sender(string host, int port, SmtpSecurity security = SmtpSecurity.Auto, NetworkCredential? login = null, string? certificateAuthority = null) =>
        new(Options.Create(new NotificationOptions
        {
            SmtpHost = host,
            SmtpPort = port,
            SmtpSecurity = security,
            SmtpUsername = login?.UserName,
            SmtpPassword = login?.Password,
            SmtpCertificateAuthority = certificateAuthority,
        }), new ManualTimeProvider());

    private static Notification Notification(params string[] emails) =>
        new(Guid.Parse("5f1c2a77-2b1e-4c55-9e0a-6f7d8c9b0a11"), 1, NotificationKind.Alarm, "Checkout errors above 5%", "Error rate 12%.",
            new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero), 120, new NotificationTargets([], [.. emails.Length == 0 ? ["a@example.test"] : emails]));
}

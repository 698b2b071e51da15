using System.Net;
using System.Net.Sockets;
using System.Text;
using PracticePlatform.Silo.Notifications;
using PracticePlatform.Testing;

namespace PracticePlatform.Silo.Tests.Notifications;

/// <summary>The SMTP client against a real (loopback) server: the happy path, and every refusal naming its step.</summary>
public sealed class SmtpRelayClientTests : IAsyncLifetime
{
    private const string Message = "Subject: test\r\n\r\nHello.\r\n";

    private readonly SmtpSink _sink = SmtpSink.Start();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _sink.DisposeAsync();

    [Fact]
    public async Task Send_HandsOverTheEnvelopeAndTheMessage()
    {
        await Client().SendAsync("practice@localhost", ["a@example.test", "b@example.test"], "Subject: test\r\n\r\nline one\r\n.dotted\r\n.\r\n", CancellationToken.None);

        var mail = Assert.Single(_sink.Messages);
        Assert.Equal("practice@localhost", mail.EnvelopeFrom);
        Assert.Equal<string>(["a@example.test", "b@example.test"], mail.EnvelopeRecipients);
        Assert.Equal("line one\r\n.dotted\r\n.\r\n", mail.Body);
    }

    [Fact]
    public async Task RefusedRecipient_FailsPermanently_NamingTheRcptStep()
    {
        _sink.ReplyTo("RCPT", "550 5.1.1 No such user");

        var failure = await Assert.ThrowsAsync<DeliveryException>(() => SendAsync());

        Assert.Equal("SMTP RCPT TO:<a@example.test> refused: 550 5.1.1 No such user", failure.Message);
        Assert.True(failure.IsPermanent);
        Assert.Empty(_sink.Messages);
    }

    [Fact]
    public async Task TemporarilyRefusedSender_FailsTransiently_NamingTheMailStep()
    {
        _sink.ReplyTo("MAIL", "451 4.3.0 Try again later");

        var failure = await Assert.ThrowsAsync<DeliveryException>(() => SendAsync());

        Assert.Equal("SMTP MAIL FROM refused: 451 4.3.0 Try again later", failure.Message);
        Assert.False(failure.IsPermanent);
    }

    [Fact]
    public async Task MultiLineRefusal_IsReadWhole()
    {
        _sink.ReplyTo("DATA", "554-5.7.1 Message refused\r\n554 5.7.1 Practice mail is not welcome here");

        var failure = await Assert.ThrowsAsync<DeliveryException>(() => SendAsync());

        Assert.Equal("SMTP DATA refused: 554 5.7.1 Message refused / 5.7.1 Practice mail is not welcome here", failure.Message);
    }

    [Fact]
    public async Task RelayWithoutEsmtp_IsGreetedWithHelo()
    {
        _sink.ReplyTo("EHLO", "502 5.5.2 Command not recognized");

        await SendAsync();

        Assert.Single(_sink.Messages);
    }

    [Fact]
    public async Task MalformedReply_FailsTransiently_NamingTheStep()
    {
        _sink.ReplyTo("MAIL", "hello there");

        var failure = await Assert.ThrowsAsync<DeliveryException>(() => SendAsync());

        Assert.StartsWith("SMTP MAIL FROM got a malformed reply", failure.Message, StringComparison.Ordinal);
        Assert.False(failure.IsPermanent);
    }

    [Fact]
    public async Task DeadRelay_FailsTransiently_NamingTheConnectStep()
    {
        var port = ClosedPort.Find();

        var failure = await Assert.ThrowsAsync<DeliveryException>(
            () => new SmtpRelayClient("127.0.0.1", port).SendAsync("practice@localhost", ["a@example.test"], Message, CancellationToken.None));

        Assert.StartsWith($"SMTP connect to 127.0.0.1:{port} failed", failure.Message, StringComparison.Ordinal);
        Assert.False(failure.IsPermanent);
    }

    [Fact]
    public async Task RelayHangingUpAfterTheGreeting_FailsTransiently_NamingTheEhloStep()
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

            var failure = await Assert.ThrowsAsync<DeliveryException>(
                () => new SmtpRelayClient("127.0.0.1", port).SendAsync("practice@localhost", ["a@example.test"], Message, CancellationToken.None));
            await hangUp;

            Assert.StartsWith("SMTP EHLO", failure.Message, StringComparison.Ordinal);
            Assert.False(failure.IsPermanent);
        }
        finally
        {
            listener.Stop();
        }
    }

    [Theory]
    [InlineData("nobody")]
    [InlineData("a@b@example.test")]
    [InlineData("evil@example.test>\r\nRCPT TO:<other@example.test")]
    [InlineData("two words@example.test")]
    public async Task AddressThatIsNotPlain_IsRefusedBeforeConnecting(string address)
    {
        var failure = await Assert.ThrowsAsync<DeliveryException>(
            () => Client().SendAsync("practice@localhost", [address], Message, CancellationToken.None));

        Assert.True(failure.IsPermanent);
        Assert.Equal(0, _sink.Connections);
    }

    [Fact]
    public void DotStuff_DoublesLeadingDots_AndEndsTheData()
    {
        Assert.Equal("a\r\n..b\r\n..\r\nc\r\n.", SmtpRelayClient.DotStuff("a\n.b\r\n.\nc\n"));
    }

    private SmtpRelayClient Client() => new(_sink.Host, _sink.Port);

    private Task SendAsync() => Client().SendAsync("practice@localhost", ["a@example.test"], Message, CancellationToken.None);
}

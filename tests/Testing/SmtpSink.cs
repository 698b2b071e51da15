using System.Net;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.ComponentModel;
using SmtpServer.Net;
using SmtpServer.Storage;

namespace PracticePlatform.Testing;

/// <summary>
/// A real SMTP server (the SmtpServer package) on a free loopback port that accepts mail and keeps it
/// (<see cref="Messages"/>, parsed with MimeKit). By <see cref="SmtpSinkMode"/> it speaks plain SMTP, requires
/// STARTTLS, or speaks TLS from the start, with a fresh self-signed <see cref="Certificate"/>; given a login it
/// requires AUTH before MAIL and takes no other credentials. <see cref="ReplyTo"/> makes it refuse a step.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _stop = new();
    private readonly Arrivals<ReceivedEmail> _messages = new();
    private readonly SmtpSinkRules _rules;
    private readonly SmtpServer.SmtpServer _server;
    private readonly Task _running;
    private readonly IPEndPoint _endpoint;
    private int _connectionCount;

    private SmtpSink(SmtpSinkMode mode, NetworkCredential? login)
    {
        Certificate = mode == SmtpSinkMode.Plain ? null : LoopbackCertificate.Create();
        _rules = new SmtpSinkRules(mode, login, _messages);
        var options = new SmtpServerOptionsBuilder()
            .ServerName("practice-sink")
            .Endpoint(endpoint =>
            {
                endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, 0))
                    .IsSecure(mode == SmtpSinkMode.ImplicitTls)
                    .SupportedSslProtocols(SslProtocols.Tls12 | SslProtocols.Tls13)
                    .AuthenticationRequired(login is not null)
                    // AUTH without TLS only where there is no TLS to be had.
                    .AllowUnsecureAuthentication(mode == SmtpSinkMode.Plain);
                if (Certificate is not null)
                {
                    endpoint.Certificate(Certificate);
                }
            })
            .Build();
        var listeners = new EndpointListenerFactory();
        var started = new TaskCompletionSource<IPEndPoint>(TaskCreationOptions.RunContinuationsAsynchronously);
        listeners.EndpointStarted += (_, e) => started.TrySetResult((IPEndPoint)e.LocalEndPoint);
        var services = new ServiceProvider();
        services.Add(listeners);
        services.Add((IMailboxFilter)_rules);
        services.Add((IMessageStore)_rules);
        if (login is not null)
        {
            services.Add((IUserAuthenticator)_rules);
        }
        _server = new SmtpServer.SmtpServer(options, services);
        _server.SessionCreated += (_, _) => Interlocked.Increment(ref _connectionCount);
        _running = _server.StartAsync(_stop.Token);
        // The listener is bound before StartAsync first yields; the wait only guards against that changing.
        var bound = Task.WhenAny(started.Task, _running).WaitAsync(StartTimeout).GetAwaiter().GetResult();
        _endpoint = bound == started.Task
            ? started.Task.Result
            : throw new InvalidOperationException("The SMTP sink stopped before it listened.", _running.Exception);
    }

    /// <summary>
    /// Starts a sink in <paramref name="mode"/>; with <paramref name="login"/>, it requires AUTH with exactly that
    /// user name and password before MAIL (in <see cref="SmtpSinkMode.StartTls"/> mode, AUTH is offered only after
    /// STARTTLS).
    /// </summary>
    public static SmtpSink Start(SmtpSinkMode mode = SmtpSinkMode.Plain, NetworkCredential? login = null) => new(mode, login);

    /// <summary>The loopback address the sink listens on.</summary>
    public string Host => "127.0.0.1";

    /// <summary>The port the sink listens on.</summary>
    public int Port => _endpoint.Port;

    /// <summary>The sink's self-signed certificate (for <c>localhost</c> and <c>127.0.0.1</c>); null in plain mode.</summary>
    public X509Certificate2? Certificate { get; }

    /// <summary>How many connections were accepted.</summary>
    public int Connections => Volatile.Read(ref _connectionCount);

    /// <summary>Every message accepted so far, in arrival order.</summary>
    public IReadOnlyList<ReceivedEmail> Messages => _messages.Items;

    /// <summary>
    /// From now on, answers the command <paramref name="verb"/> (MAIL, RCPT or DATA) with <paramref name="reply"/>
    /// instead of going on, e.g. <c>ReplyTo("RCPT", "550 5.1.1 No such user")</c>.
    /// </summary>
    public void ReplyTo(string verb, string reply) => _rules.ReplyTo(verb, reply);

    /// <summary>Waits until <paramref name="count"/> messages were accepted; returns them.</summary>
    public Task<IReadOnlyList<ReceivedEmail>> WaitForCountAsync(int count) =>
        _messages.WaitForCountAsync(count, $"emails at {Host}:{Port}");

    /// <summary>Waits for a message matching <paramref name="match"/>; the timeout message names <paramref name="what"/>.</summary>
    public Task<ReceivedEmail> WaitForAsync(Func<ReceivedEmail, bool> match, string what, TimeSpan? timeout = null) =>
        _messages.WaitForAsync(match, $"{what} at {Host}:{Port}", timeout);

    public async ValueTask DisposeAsync()
    {
        _server.Shutdown();
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _running.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
        Certificate?.Dispose();
    }
}

using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PracticePlatform.Testing;

/// <summary>
/// A real SMTP server on a free loopback port that accepts mail and keeps it (<see cref="Messages"/>). It speaks
/// enough of RFC 5321 for a client's conversation (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT), and
/// <see cref="ReplyTo"/> makes it refuse a step, so tests can see how a client handles refusals.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private const int MaxLine = 4_096;
    private const int MaxDataBytes = 1024 * 1024;

    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Arrivals<ReceivedEmail> _messages = new();
    private readonly ConcurrentDictionary<string, string> _replies = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Task> _sessions = [];
    private readonly Lock _lock = new();
    private readonly Task _acceptLoop;
    private int _connectionCount;

    private SmtpSink()
    {
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _acceptLoop = AcceptLoopAsync();
    }

    /// <summary>Starts a sink that accepts everything.</summary>
    public static SmtpSink Start() => new();

    /// <summary>The loopback address the sink listens on.</summary>
    public string Host => "127.0.0.1";

    /// <summary>The port the sink listens on.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>How many connections were accepted.</summary>
    public int Connections => Volatile.Read(ref _connectionCount);

    /// <summary>Every message accepted so far, in arrival order.</summary>
    public IReadOnlyList<ReceivedEmail> Messages => _messages.Items;

    /// <summary>
    /// From now on, answers the command <paramref name="verb"/> (EHLO, HELO, MAIL, RCPT or DATA) with
    /// <paramref name="reply"/> instead of going on, e.g. <c>ReplyTo("RCPT", "550 5.1.1 No such user")</c>. A reply
    /// of several lines is given with CRLF between them.
    /// </summary>
    public void ReplyTo(string verb, string reply) => _replies[verb] = reply;

    /// <summary>Waits until <paramref name="count"/> messages were accepted; returns them.</summary>
    public Task<IReadOnlyList<ReceivedEmail>> WaitForCountAsync(int count) =>
        _messages.WaitForCountAsync(count, $"emails at {Host}:{Port}");

    /// <summary>Waits for a message matching <paramref name="match"/>; the timeout message names <paramref name="what"/>.</summary>
    public Task<ReceivedEmail> WaitForAsync(Func<ReceivedEmail, bool> match, string what, TimeSpan? timeout = null) =>
        _messages.WaitForAsync(match, $"{what} at {Host}:{Port}", timeout);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        await _acceptLoop.ConfigureAwait(false);
        Task[] open;
        lock (_lock)
        {
            open = [.. _sessions];
        }
        await Task.WhenAll(open).ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            Interlocked.Increment(ref _connectionCount);
            lock (_lock)
            {
                _sessions.Add(ServeAsync(client));
            }
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
                await SessionAsync(reader, stream).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException or InvalidDataException)
            {
                // The client hung up, misbehaved, or the sink is stopping.
            }
        }
    }

    private async Task SessionAsync(StreamReader reader, NetworkStream stream)
    {
        string? from = null;
        var recipients = new List<string>();
        await WriteAsync(stream, "220 practice-sink ESMTP ready").ConfigureAwait(false);
        while (await ReadLineAsync(reader).ConfigureAwait(false) is { } line)
        {
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            if (_replies.TryGetValue(verb, out var forced))
            {
                await WriteAsync(stream, forced).ConfigureAwait(false);
                continue;
            }
            switch (verb)
            {
                case "EHLO":
                    await WriteAsync(stream, "250-practice-sink greets you\r\n250-8BITMIME\r\n250-SIZE 1048576\r\n250 HELP").ConfigureAwait(false);
                    break;
                case "HELO":
                    await WriteAsync(stream, "250 practice-sink").ConfigureAwait(false);
                    break;
                case "MAIL" when Address(line, "MAIL FROM:") is { } sender:
                    (from, recipients) = (sender, []);
                    await WriteAsync(stream, "250 2.1.0 OK").ConfigureAwait(false);
                    break;
                case "RCPT" when from is null:
                    await WriteAsync(stream, "503 5.5.1 MAIL first").ConfigureAwait(false);
                    break;
                case "RCPT" when Address(line, "RCPT TO:") is { } recipient:
                    recipients.Add(recipient);
                    await WriteAsync(stream, "250 2.1.5 OK").ConfigureAwait(false);
                    break;
                case "DATA" when recipients.Count == 0:
                    await WriteAsync(stream, "503 5.5.1 RCPT first").ConfigureAwait(false);
                    break;
                case "DATA":
                    await WriteAsync(stream, "354 End data with <CR><LF>.<CR><LF>").ConfigureAwait(false);
                    var data = await ReadDataAsync(reader).ConfigureAwait(false);
                    _messages.Add(Parse(from!, recipients, data));
                    (from, recipients) = (null, []);
                    await WriteAsync(stream, "250 2.0.0 OK queued").ConfigureAwait(false);
                    break;
                case "RSET":
                    (from, recipients) = (null, []);
                    await WriteAsync(stream, "250 2.0.0 OK").ConfigureAwait(false);
                    break;
                case "NOOP":
                    await WriteAsync(stream, "250 2.0.0 OK").ConfigureAwait(false);
                    break;
                case "QUIT":
                    await WriteAsync(stream, "221 2.0.0 Bye").ConfigureAwait(false);
                    return;
                case "MAIL" or "RCPT":
                    await WriteAsync(stream, "501 5.5.4 Syntax: expected an address in angle brackets").ConfigureAwait(false);
                    break;
                default:
                    await WriteAsync(stream, "502 5.5.2 Command not recognized").ConfigureAwait(false);
                    break;
            }
        }
    }

    private async Task<string> ReadDataAsync(StreamReader reader)
    {
        var data = new StringBuilder();
        while (await ReadLineAsync(reader).ConfigureAwait(false) is { } line)
        {
            if (line == ".")
            {
                return data.ToString();
            }
            // Dot-stuffing: a sender doubles a leading dot, the receiver drops one.
            data.Append(line.StartsWith('.') ? line[1..] : line).Append("\r\n");
            if (data.Length > MaxDataBytes)
            {
                throw new InvalidDataException("DATA ran past the sink's limit.");
            }
        }
        throw new IOException("The client hung up inside DATA.");
    }

    private async Task<string?> ReadLineAsync(StreamReader reader)
    {
        var line = await reader.ReadLineAsync(_stop.Token).ConfigureAwait(false);
        return line is { Length: > MaxLine } ? throw new InvalidDataException("A line ran past the sink's limit.") : line;
    }

    private async Task WriteAsync(NetworkStream stream, string reply) =>
        await stream.WriteAsync(Encoding.UTF8.GetBytes(reply + "\r\n"), _stop.Token).ConfigureAwait(false);

    /// <summary>The address in <c>PREFIX&lt;address&gt;</c>, or null.</summary>
    private static string? Address(string line, string prefix)
    {
        if (!line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var rest = line[prefix.Length..].Trim();
        var close = rest.IndexOf('>', StringComparison.Ordinal);
        return rest.StartsWith('<') && close > 0 ? rest[1..close] : null;
    }

    private static ReceivedEmail Parse(string from, List<string> recipients, string data)
    {
        var split = data.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split < 0 ? data : data[..split];
        var body = split < 0 ? "" : data[(split + 4)..];
        var headers = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
        foreach (var line in head.Replace("\r\n ", " ", StringComparison.Ordinal).Replace("\r\n\t", " ", StringComparison.Ordinal).Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers.Add(new(line[..colon], MailDecoding.DecodeHeader(line[(colon + 1)..].Trim())));
            }
        }
        var encoding = headers.FirstOrDefault(h => string.Equals(h.Key, "Content-Transfer-Encoding", StringComparison.OrdinalIgnoreCase)).Value;
        var text = string.Equals(encoding, "quoted-printable", StringComparison.OrdinalIgnoreCase) ? MailDecoding.DecodeQuotedPrintable(body) : body;
        return new ReceivedEmail(from, [.. recipients], headers.ToImmutable(), text, data);
    }
}

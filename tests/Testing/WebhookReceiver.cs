using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PracticePlatform.Testing;

/// <summary>
/// A real HTTP/1.1 server on a free loopback port standing in for a Slack-compatible webhook: it reads each request
/// (Content-Length bodies, one request per connection), records it, and answers as <see cref="Mode"/> says.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private const int MaxHead = 64 * 1024;
    private const int MaxBody = 1024 * 1024;

    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Arrivals<ReceivedWebhook> _received = new();
    private readonly List<Task> _connections = [];
    private readonly Lock _lock = new();
    private readonly Task _acceptLoop;
    private int _mode;
    private int _connectionCount;

    private WebhookReceiver()
    {
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _acceptLoop = AcceptLoopAsync();
    }

    /// <summary>Starts a receiver answering 200.</summary>
    public static WebhookReceiver Start() => new();

    /// <summary>The URL to post to.</summary>
    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/hooks/practice";

    /// <summary>How requests are answered from now on.</summary>
    public WebhookReceiverMode Mode
    {
        get => (WebhookReceiverMode)Volatile.Read(ref _mode);
        set => Volatile.Write(ref _mode, (int)value);
    }

    /// <summary>How many connections were accepted: a sender that was kept from trying does not add one.</summary>
    public int Connections => Volatile.Read(ref _connectionCount);

    /// <summary>Every request read so far, in arrival order.</summary>
    public IReadOnlyList<ReceivedWebhook> Received => _received.Items;

    /// <summary>Waits until <paramref name="count"/> requests were read; returns them.</summary>
    public Task<IReadOnlyList<ReceivedWebhook>> WaitForCountAsync(int count) =>
        _received.WaitForCountAsync(count, $"webhook requests at {Url}");

    /// <summary>Waits for a request matching <paramref name="match"/>; the timeout message names <paramref name="what"/>.</summary>
    public Task<ReceivedWebhook> WaitForAsync(Func<ReceivedWebhook, bool> match, string what, TimeSpan? timeout = null) =>
        _received.WaitForAsync(match, $"{what} at {Url}", timeout);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _stopped.TrySetResult();
        _listener.Stop();
        await _acceptLoop.ConfigureAwait(false);
        Task[] open;
        lock (_lock)
        {
            open = [.. _connections];
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
                _connections.Add(ServeAsync(client));
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
                var request = await ReadRequestAsync(stream).ConfigureAwait(false);
                if (request is null)
                {
                    return;
                }
                _received.Add(request);
                switch (Mode)
                {
                    case WebhookReceiverMode.Accept:
                        await AnswerAsync(stream, "200 OK", "ok").ConfigureAwait(false);
                        break;
                    case WebhookReceiverMode.ServerError:
                        await AnswerAsync(stream, "500 Internal Server Error", "practice receiver failing on purpose").ConfigureAwait(false);
                        break;
                    case WebhookReceiverMode.Rejected:
                        await AnswerAsync(stream, "404 Not Found", "no_service").ConfigureAwait(false);
                        break;
                    default:
                        await _stopped.Task.ConfigureAwait(false);
                        break;
                }
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The sender hung up (a timeout, a cancelled attempt) or the receiver is stopping.
            }
        }
    }

    private async Task<ReceivedWebhook?> ReadRequestAsync(NetworkStream stream)
    {
        var buffer = new List<byte>();
        var chunk = new byte[8192];
        int headEnd;
        while ((headEnd = IndexOfBlankLine(buffer)) < 0)
        {
            var read = await stream.ReadAsync(chunk, _stop.Token).ConfigureAwait(false);
            if (read == 0 || buffer.Count > MaxHead)
            {
                return null;
            }
            buffer.AddRange(chunk.AsSpan(0, read));
        }
        var head = Encoding.ASCII.GetString([.. buffer.Take(headEnd)]).Split("\r\n");
        var requestLine = head[0].Split(' ');
        var headers = head.Skip(1)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0].Trim().ToLowerInvariant())
            .ToImmutableDictionary(g => g.Key, g => string.Join(", ", g.Select(parts => parts[1].Trim())));
        var length = headers.TryGetValue("content-length", out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : 0;
        if (length > MaxBody)
        {
            return null;
        }
        var body = buffer.Skip(headEnd + 4).ToList();
        while (body.Count < length)
        {
            var read = await stream.ReadAsync(chunk, _stop.Token).ConfigureAwait(false);
            if (read == 0)
            {
                return null;
            }
            body.AddRange(chunk.AsSpan(0, read));
        }
        return new ReceivedWebhook(requestLine[0], requestLine.Length > 1 ? requestLine[1] : "", headers, Encoding.UTF8.GetString([.. body.Take(length)]));
    }

    private async Task AnswerAsync(NetworkStream stream, string status, string body)
    {
        var response = $"HTTP/1.1 {status}\r\nContent-Type: text/plain\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\nConnection: close\r\n\r\n{body}";
        await stream.WriteAsync(Encoding.UTF8.GetBytes(response), _stop.Token).ConfigureAwait(false);
    }

    private static int IndexOfBlankLine(List<byte> buffer)
    {
        for (var i = 0; i + 3 < buffer.Count; i++)
        {
            if (buffer[i] == '\r' && buffer[i + 1] == '\n' && buffer[i + 2] == '\r' && buffer[i + 3] == '\n')
            {
                return i;
            }
        }
        return -1;
    }
}

using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace PracticePlatform.Silo.Notifications;

/// <summary>
/// A minimal SMTP client (RFC 5321) for one relay: EHLO (HELO when refused), MAIL FROM, one RCPT TO per recipient,
/// DATA with dot-stuffing, QUIT. Plain TCP only: no STARTTLS, no authentication, no pipelining. Every unexpected
/// reply or broken connection is a <see cref="DeliveryException"/> naming the step; 5xx replies are permanent.
/// </summary>
public sealed class SmtpRelayClient(string host, int port)
{
    // RFC 5321 allows 512 octets per reply line; be lenient, but never read without bound.
    private const int MaxReplyLine = 2_048;
    private const int MaxReplyLines = 100;

    /// <summary>The relay, as <c>host:port</c>.</summary>
    public string Relay => $"{host}:{port}";

    /// <summary>
    /// Sends <paramref name="message"/> (headers, blank line, body) from <paramref name="sender"/> to every one of
    /// <paramref name="recipients"/>; returns once the relay accepted it. Any refused recipient fails the whole send.
    /// </summary>
    public async Task SendAsync(string sender, IReadOnlyList<string> recipients, string message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(message);
        if (recipients.Count == 0)
        {
            throw new DeliveryException("No recipients to send to.", isPermanent: true);
        }
        foreach (var address in recipients.Prepend(sender))
        {
            if (!IsPlainAddress(address))
            {
                throw new DeliveryException($"'{PracticeWording.SingleLine(address ?? "")}' is not a plain email address.", isPermanent: true);
            }
        }

        using var tcp = new TcpClient();
        try
        {
            await tcp.ConnectAsync(host, port, cancellationToken).ConfigureAwait(false);
        }
        catch (SocketException e)
        {
            throw new DeliveryException($"SMTP connect to {Relay} failed: {e.Message}", isPermanent: false);
        }
        await using var stream = tcp.GetStream();
        var conversation = new Conversation(stream, Relay, cancellationToken);
        await conversation.ExpectAsync("greeting", null, 220).ConfigureAwait(false);
        var ehlo = await conversation.CommandAsync("EHLO", $"EHLO {ClientName()}").ConfigureAwait(false);
        if (ehlo.Code is >= 500 and < 600)
        {
            // An old relay that knows no ESMTP: fall back to plain SMTP.
            await conversation.ExpectAsync("HELO", $"HELO {ClientName()}", 250).ConfigureAwait(false);
        }
        else
        {
            Conversation.Require("EHLO", ehlo, 250);
        }
        await conversation.ExpectAsync("MAIL FROM", $"MAIL FROM:<{sender}>", 250).ConfigureAwait(false);
        foreach (var recipient in recipients)
        {
            var reply = await conversation.CommandAsync($"RCPT TO:<{recipient}>", $"RCPT TO:<{recipient}>").ConfigureAwait(false);
            if (reply.Code is not (250 or 251))
            {
                await conversation.QuitQuietlyAsync().ConfigureAwait(false);
                Conversation.Require($"RCPT TO:<{recipient}>", reply, 250, 251);
            }
        }
        await conversation.ExpectAsync("DATA", "DATA", 354).ConfigureAwait(false);
        await conversation.ExpectAsync("end of DATA", DotStuff(message), 250).ConfigureAwait(false);
        await conversation.QuitQuietlyAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// The message as DATA content: CRLF line ends, a dot doubled at the start of any line (so no line can end the
    /// data early), then the terminating <c>.</c> line. The caller's <c>CRLF</c> after it comes from the command write.
    /// </summary>
    public static string DotStuff(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var lines = message.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var data = new StringBuilder(message.Length + 16);
        foreach (var line in lines.Length > 1 && lines[^1].Length == 0 ? lines[..^1] : lines)
        {
            if (line.StartsWith('.'))
            {
                data.Append('.');
            }
            data.Append(line).Append("\r\n");
        }
        return data.Append('.').ToString();
    }

    /// <summary>An address that can go between angle brackets as it is: printable ASCII, no spaces or brackets, one @ inside.</summary>
    public static bool IsPlainAddress(string? address)
    {
        if (address is null || address.Length is < 3 or > 254)
        {
            return false;
        }
        var at = address.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at < address.Length - 1 && at == address.LastIndexOf('@')
            && address.All(c => c is > ' ' and < (char)0x7F and not ('<' or '>' or '(' or ')' or ',' or ';' or '"' or '\\'));
    }

    private static string ClientName()
    {
        var name = new string([.. Environment.MachineName.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.')]);
        return name.Length > 0 ? name : "localhost";
    }

    /// <summary>One reply: its code and its text lines (without codes).</summary>
    private sealed record Reply(int Code, IReadOnlyList<string> Lines)
    {
        public override string ToString() => $"{Code} {string.Join(" / ", Lines)}".TrimEnd();
    }

    /// <summary>The commands and replies of one connection; every failure names the step it happened in.</summary>
    private sealed class Conversation(NetworkStream stream, string relay, CancellationToken cancellationToken)
    {
        private readonly byte[] _buffer = new byte[4_096];
        private int _start;
        private int _end;

        public async Task<Reply> CommandAsync(string step, string? command)
        {
            try
            {
                if (command is not null)
                {
                    await stream.WriteAsync(Encoding.UTF8.GetBytes(command + "\r\n"), cancellationToken).ConfigureAwait(false);
                }
                return await ReadReplyAsync(step).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                throw new DeliveryException($"SMTP {step} at {relay} failed: {e.Message}", isPermanent: false);
            }
        }

        public async Task ExpectAsync(string step, string? command, params int[] expected) =>
            Require(step, await CommandAsync(step, command).ConfigureAwait(false), expected);

        public static void Require(string step, Reply reply, params int[] expected)
        {
            if (!expected.Contains(reply.Code))
            {
                throw new DeliveryException($"SMTP {step} refused: {reply}", isPermanent: reply.Code is >= 500 and < 600);
            }
        }

        /// <summary>Says goodbye; the relay's answer no longer matters (the message was accepted, or the send failed already).</summary>
        public async Task QuitQuietlyAsync()
        {
            try
            {
                await CommandAsync("QUIT", "QUIT").ConfigureAwait(false);
            }
            catch (DeliveryException)
            {
            }
        }

        private async Task<Reply> ReadReplyAsync(string step)
        {
            var lines = new List<string>();
            while (lines.Count < MaxReplyLines)
            {
                var line = await ReadLineAsync(step).ConfigureAwait(false);
                if (line.Length < 3 || !int.TryParse(line.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                    || (line.Length > 3 && line[3] is not (' ' or '-')))
                {
                    throw new DeliveryException($"SMTP {step} got a malformed reply from {relay}: '{PracticeWording.SingleLine(line)}'", isPermanent: false);
                }
                lines.Add(line.Length > 4 ? line[4..] : "");
                if (line.Length == 3 || line[3] == ' ')
                {
                    return new Reply(code, lines);
                }
            }
            throw new DeliveryException($"SMTP {step}: the reply from {relay} ran past {MaxReplyLines} lines.", isPermanent: false);
        }

        private async Task<string> ReadLineAsync(string step)
        {
            var line = new StringBuilder();
            while (true)
            {
                if (_start == _end)
                {
                    _start = 0;
                    _end = await stream.ReadAsync(_buffer, cancellationToken).ConfigureAwait(false);
                    if (_end == 0)
                    {
                        throw new DeliveryException($"SMTP {step}: {relay} closed the connection.", isPermanent: false);
                    }
                }
                var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
                var stop = newline < 0 ? _end : newline;
                line.Append(Encoding.UTF8.GetString(_buffer, _start, stop - _start));
                _start = newline < 0 ? _end : newline + 1;
                if (line.Length > MaxReplyLine)
                {
                    throw new DeliveryException($"SMTP {step}: a reply line from {relay} ran past {MaxReplyLine} characters.", isPermanent: false);
                }
                if (newline >= 0)
                {
                    return line.ToString().TrimEnd('\r');
                }
            }
        }
    }
}

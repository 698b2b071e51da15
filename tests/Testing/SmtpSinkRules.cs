using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Text;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace PracticePlatform.Testing;

/// <summary>
/// What an <see cref="SmtpSink"/> accepts, refuses and keeps, plugged into the SMTP server: the login it takes, the
/// refusals a test asked for, STARTTLS before MAIL when its mode requires it, and every accepted message, parsed.
/// </summary>
internal sealed class SmtpSinkRules(SmtpSinkMode mode, NetworkCredential? login, Arrivals<ReceivedEmail> messages)
    : IMailboxFilter, IMessageStore, IUserAuthenticator
{
    private readonly ConcurrentDictionary<string, SmtpResponse> _replies = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Answers <paramref name="verb"/> (MAIL, RCPT or DATA) with <paramref name="reply"/> (<c>code text</c>) from now on.</summary>
    public void ReplyTo(string verb, string reply)
    {
        if (verb.ToUpperInvariant() is not ("MAIL" or "RCPT" or "DATA"))
        {
            throw new ArgumentException($"The sink can refuse MAIL, RCPT or DATA, not {verb}.", nameof(verb));
        }
        if (reply.Length < 3 || !int.TryParse(reply.AsSpan(0, 3), out var code) || code is < 400 or > 599)
        {
            throw new ArgumentException($"A refusal starts with a 4xx or 5xx code, not '{reply}'.", nameof(reply));
        }
        _replies[verb] = new SmtpResponse((SmtpReplyCode)code, reply[3..].Trim());
    }

    public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken)
    {
        if (mode == SmtpSinkMode.StartTls && !context.Pipe.IsSecure)
        {
            throw new SmtpResponseException(new SmtpResponse(SmtpReplyCode.AuthenticationRequired, "5.7.0 Must issue a STARTTLS command first"));
        }
        return Refuse("MAIL");
    }

    public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
        Refuse("RCPT");

    public Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        if (_replies.TryGetValue("DATA", out var refusal))
        {
            return Task.FromResult(refusal);
        }
        var data = buffer.ToArray();
        var message = MimeMessage.Load(new MemoryStream(data), cancellationToken);
        messages.Add(new ReceivedEmail(
            transaction.From.AsAddress(),
            [.. transaction.To.Select(to => to.AsAddress())],
            // A single-part message's Content-* headers belong to its body in MimeKit's model; in the mail they are one block.
            [.. message.Headers.Concat(message.Body?.Headers ?? []).Select(h => new KeyValuePair<string, string>(h.Field, h.Value))],
            message.TextBody ?? "",
            Encoding.UTF8.GetString(data),
            context.Pipe.IsSecure,
            context.Authentication.IsAuthenticated ? context.Authentication.User : null));
        return Task.FromResult(SmtpResponse.Ok);
    }

    public Task<bool> AuthenticateAsync(ISessionContext context, string user, string password, CancellationToken cancellationToken) =>
        Task.FromResult(login is not null
            && string.Equals(user, login.UserName, StringComparison.Ordinal)
            && string.Equals(password, login.Password, StringComparison.Ordinal));

    private Task<bool> Refuse(string verb) =>
        _replies.TryGetValue(verb, out var refusal) ? throw new SmtpResponseException(refusal) : Task.FromResult(true);
}

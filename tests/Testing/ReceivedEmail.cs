using System.Collections.Immutable;

namespace PracticePlatform.Testing;

/// <summary>
/// One message an <see cref="SmtpSink"/> accepted: the envelope (MAIL FROM, RCPT TO), the headers (unfolded, encoded
/// words decoded), the text body decoded from its transfer encoding and charset, the DATA as it arrived, and how the
/// session that brought it was secured and authenticated.
/// </summary>
public sealed record ReceivedEmail(
    string EnvelopeFrom,
    ImmutableArray<string> EnvelopeRecipients,
    ImmutableArray<KeyValuePair<string, string>> Headers,
    string Body,
    string Data,
    bool OverTls,
    string? AuthenticatedUser)
{
    /// <summary>The first header with this name (case-insensitive), or null.</summary>
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    public override string ToString() => $"from {EnvelopeFrom} to {string.Join(", ", EnvelopeRecipients)}: {Header("Subject")}";
}

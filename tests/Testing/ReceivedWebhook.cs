using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace PracticePlatform.Testing;

/// <summary>One HTTP request a <see cref="WebhookReceiver"/> read: request line, headers (names lower-cased) and body.</summary>
public sealed record ReceivedWebhook(string Method, string Path, ImmutableDictionary<string, string> Headers, string Body)
{
    /// <summary>The body parsed as JSON.</summary>
    public JsonNode Json => JsonNode.Parse(Body) ?? throw new InvalidOperationException("The webhook body is JSON null.");

    /// <summary>A header's value, or null.</summary>
    public string? Header(string name) => Headers.GetValueOrDefault(name.ToLowerInvariant());

    public override string ToString() => $"{Method} {Path} ({Body.Length} bytes)";
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using PracticePlatform.Contracts.Notifications;

namespace PracticePlatform.Silo.Notifications;

/// <summary>
/// POSTs a notification to one Slack-compatible webhook. A non-2xx answer is a <see cref="DeliveryException"/>:
/// permanent for 4xx (except 408 and 429), worth retrying otherwise.
/// </summary>
public sealed class WebhookSender(IHttpClientFactory httpClients)
{
    /// <summary>The name of the <see cref="HttpClient"/> this sender asks the factory for.</summary>
    public const string HttpClientName = "practice-webhooks";

    // Enough of an error page to say what went wrong, not enough to flood the delivery log.
    private const int MaxDetailBody = 200;

    /// <summary>Sends <paramref name="notification"/> to <paramref name="url"/>; returns once the target answered 2xx.</summary>
    public async Task SendAsync(string url, Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new DeliveryException("The webhook target is not an absolute http(s) URL.", isPermanent: true);
        }
        using var content = new StringContent(SlackMessage.Render(notification), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = content };
        using var client = httpClients.CreateClient(HttpClientName);
        // Headers only: the answer's body is read (a little of it) just when it explains a failure.
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return;
        }
        var status = (int)response.StatusCode;
        var answer = await ReadSomeAsync(response, cancellationToken).ConfigureAwait(false);
        var permanent = status is >= 400 and < 500 && response.StatusCode is not (HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests);
        throw new DeliveryException(
            $"The webhook answered {status} {response.ReasonPhrase}{(answer.Length > 0 ? ": " + answer : "")}",
            permanent);
    }

    /// <summary>The scheme and host of a webhook URL: the rest of a Slack webhook URL is its secret, so logs show only this.</summary>
    public static string Redact(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? $"{uri.Scheme}://{uri.Authority}/…" : "(not a URL)";

    private static async Task<string> ReadSomeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            var buffer = new byte[MaxDetailBody * 4];
            var length = 0;
            int read;
            while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
            }
            var text = PracticeWording.SingleLine(Encoding.UTF8.GetString(buffer, 0, length));
            return text.Length <= MaxDetailBody ? text : string.Concat(text.AsSpan(0, MaxDetailBody), "…");
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            // The status already says it failed; a body that cannot be read adds nothing.
            return "";
        }
    }
}

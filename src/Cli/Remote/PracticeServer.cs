using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace PracticePlatform.Cli.Remote;

/// <summary>
/// The platform's HTTP API as the CLI uses it: bearer-authenticated JSON requests whose refusals (problem+json)
/// become <see cref="RequestRefusedException"/> and whose connection failures become
/// <see cref="ServerUnreachableException"/>, so commands only handle the happy path.
/// </summary>
public sealed class PracticeServer : IDisposable
{
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(100);
    private readonly HttpClient _http;

    public PracticeServer(ServerConnection connection)
    {
        Address = connection.Server;
        _http = new HttpClient { BaseAddress = connection.Server, Timeout = AnswerTimeout };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", connection.Token);
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    /// <summary>The server's base address, as named in messages.</summary>
    public Uri Address { get; }

    public Task<JsonElement> GetAsync(string path, CancellationToken cancellationToken) =>
        SendForJsonAsync(new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);

    /// <summary>A POST with <paramref name="body"/> as JSON, or with no body for actions that take none.</summary>
    public Task<JsonElement> PostAsync(string path, object? body, CancellationToken cancellationToken) =>
        SendForJsonAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body, body.GetType(), options: RemoteJson.Options) }, cancellationToken);

    /// <summary>A PUT with <paramref name="body"/> as JSON.</summary>
    public Task<JsonElement> PutAsync(string path, object body, CancellationToken cancellationToken) =>
        SendForJsonAsync(new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body, body.GetType(), options: RemoteJson.Options) }, cancellationToken);

    public Task<JsonElement> DeleteAsync(string path, CancellationToken cancellationToken) =>
        SendForJsonAsync(new HttpRequestMessage(HttpMethod.Delete, path), cancellationToken);

    /// <summary>A text resource, such as the Markdown report.</summary>
    public async Task<string> GetTextAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, path), HttpCompletionOption.ResponseContentRead, cancellationToken);
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    /// <summary>A long-lived response (server-sent events), open once its headers arrived; the caller disposes it.</summary>
    public async Task<HttpResponseMessage> OpenStreamAsync(string path, string mediaType, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Clear();
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(mediaType));
        return await SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }

    public void Dispose() => _http.Dispose();

    private async Task<JsonElement> SendForJsonAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        try
        {
            return await response.Content.ReadFromJsonAsync<JsonElement>(RemoteJson.Options, cancellationToken);
        }
        catch (JsonException)
        {
            throw new UnexpectedReplyException($"{request.Method} {request.RequestUri} answered {(int)response.StatusCode} with {response.Content.Headers.ContentType?.MediaType ?? "no content type"}, not JSON, from {Address}");
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, HttpCompletionOption completion, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            using (request)
            {
                response = await _http.SendAsync(request, completion, cancellationToken);
            }
        }
        catch (HttpRequestException e) when (e.StatusCode is null)
        {
            throw new ServerUnreachableException(Address, Reason(e));
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ServerUnreachableException(Address, $"no answer within {AnswerTimeout.TotalSeconds:0} s");
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await RefusalAsync(response, cancellationToken);
        }
    }

    /// <summary>The problem's title and detail when the body is problem+json, else the bare status.</summary>
    private static async Task<RequestRefusedException> RefusalAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string? title = null;
        string? detail = null;
        try
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (body.Length > 0 && body.TrimStart().StartsWith('{'))
            {
                using var problem = JsonDocument.Parse(body);
                title = Text(problem.RootElement, "title");
                detail = Text(problem.RootElement, "detail");
            }
        }
        catch (JsonException)
        {
            // Not problem+json (a proxy's error page, say): the status says enough.
        }

        return new RequestRefusedException(response.StatusCode, title ?? response.ReasonPhrase, detail);
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>The innermost socket error ("Connection refused") reads better than HttpClient's wrapper message.</summary>
    private static string Reason(HttpRequestException e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException socket)
            {
                return socket.Message;
            }
        }

        return e.Message;
    }
}

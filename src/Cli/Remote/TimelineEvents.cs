using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace PracticePlatform.Cli.Remote;

/// <summary>
/// A session's live timeline: the server-sent events at <c>/api/sessions/{id}/events</c>, one <c>timeline</c>
/// event per entry (backlog after <c>after</c>, then each new one as it happens), until cancelled.
/// </summary>
public static class TimelineEvents
{
    public const string EventType = "timeline";

    public static async IAsyncEnumerable<JsonElement> FollowAsync(PracticeServer server, Guid session, string after, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var response = await server.OpenStreamAsync($"api/sessions/{session}/events?after={after}", "text/event-stream", cancellationToken);
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var events = SseParser.Create(stream).EnumerateAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            while (await MoveNextAsync(events, server.Address, cancellationToken))
            {
                if (events.Current.EventType == EventType)
                {
                    yield return Parse(events.Current.Data);
                }
            }
        }
        finally
        {
            await events.DisposeAsync();
        }

        throw new ServerUnreachableException(server.Address, "it closed the event stream");
    }

    private static async Task<bool> MoveNextAsync(IAsyncEnumerator<SseItem<string>> events, Uri server, CancellationToken cancellationToken)
    {
        try
        {
            return await events.MoveNextAsync();
        }
        catch (IOException e) when (!cancellationToken.IsCancellationRequested)
        {
            // A dropped connection mid-stream is the server going away, not bad input.
            throw new ServerUnreachableException(server, $"the event stream broke: {e.Message}");
        }
    }

    private static JsonElement Parse(string data)
    {
        try
        {
            using var document = JsonDocument.Parse(data);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new UnexpectedReplyException($"a timeline event that is not JSON ({e.Message})");
        }
    }
}

using System.Text.Json;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.Sessions;

/// <summary>Opens a console's live feed and reads its <c>presence</c> events.</summary>
public static class PresenceEvents
{
    /// <summary>The names present, in the order given, comma-separated.</summary>
    public static string Names(SessionPresence presence) => string.Join(',', presence.People.Select(p => p.Name));

    /// <summary>Opens <paramref name="client"/>'s live feed of <paramref name="session"/>; disposing it closes the page.</summary>
    public static async Task<Feed> OpenFeedAsync(PracticeClient client, Guid session, CancellationToken cancellationToken)
    {
        var response = await client.Http.GetAsync($"/console/sessions/{session}/live", HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        return new Feed(response, new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken)));
    }

    /// <summary>Reads the feed's <c>presence</c> events until one matches <paramref name="wanted"/>; fails if the feed ends first.</summary>
    public static async Task<SessionPresence> ReadUntilAsync(StreamReader reader, Func<SessionPresence, bool> wanted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(wanted);
        var kind = "";
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                kind = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && kind == "presence"
                && JsonSerializer.Deserialize<SessionPresence>(line["data: ".Length..], PracticeClient.Json) is { } presence && wanted(presence))
            {
                return presence;
            }
        }
        throw new InvalidOperationException("The live feed ended before the awaited presence.");
    }

    /// <summary>An open live feed; disposing it closes the connection, as closing the page does.</summary>
    public sealed record Feed(HttpResponseMessage Response, StreamReader Reader) : IDisposable
    {
        public void Dispose()
        {
            Reader.Dispose();
            Response.Dispose();
        }
    }
}

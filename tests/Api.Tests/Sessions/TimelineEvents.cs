using System.Text.Json;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.Sessions;

/// <summary>Reads the <c>timeline</c> events of a server-sent event stream (the API's or the console's).</summary>
public static class TimelineEvents
{
    /// <summary>The timeline entries read until one matches <paramref name="last"/> (included); fails if the stream ends first.</summary>
    public static async Task<List<TimelineEntry>> ReadUntilAsync(StreamReader reader, Func<TimelineEntry, bool> last, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(last);
        var entries = new List<TimelineEntry>();
        var kind = "";
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                kind = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && kind == "timeline")
            {
                var entry = JsonSerializer.Deserialize<TimelineEntry>(line["data: ".Length..], PracticeClient.Json)!;
                entries.Add(entry);
                if (last(entry))
                {
                    return entries;
                }
            }
        }
        throw new InvalidOperationException("The event stream ended before the awaited timeline entry.");
    }
}

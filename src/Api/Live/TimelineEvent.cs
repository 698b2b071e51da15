using System.Text;
using System.Text.Json;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Live;

/// <summary>One timeline entry as a server-sent event: its id is the cursor after it, its data the entry as JSON.</summary>
public static class TimelineEvent
{
    /// <summary>The event's UTF-8 bytes, ready to write to a stream.</summary>
    public static byte[] Encode(TimelineEntry entry, TimelineCursor after, JsonSerializerOptions json) =>
        Encoding.UTF8.GetBytes($"id: {after}\nevent: timeline\ndata: {JsonSerializer.Serialize(entry, json)}\n\n");
}

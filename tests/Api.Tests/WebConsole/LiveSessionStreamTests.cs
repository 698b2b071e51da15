using System.Text.Json;
using PracticePlatform.Api.Tests.Sessions;
using PracticePlatform.Grains.Sessions;

namespace PracticePlatform.Api.Tests.WebConsole;

/// <summary>The console's live feed: a session's write reaches the browser at once, not at the next refresh.</summary>
public sealed class LiveSessionStreamTests
{
    [Fact]
    public async Task LiveFeed_SendsAChannelPost_OnTheSessionsWrite_WithoutWaitingForTheRefresh()
    {
        await using var factory = new ApiFactory();
        // A refresh an hour away: only the session's write can deliver the post within the test's timeout.
        factory.Settings["Practice:Console:RefreshMilliseconds"] = "3600000";
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario);
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await g["obi"].Http.GetAsync($"/console/sessions/{g.Id}/live", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));

        var backlog = await ReadUntilAsync(reader, e => e.Text == "Session started.", timeout.Token);
        await g["ana"].PostAsync<TimelineEntry>(g.Id, "channel", new { kind = "message", text = "Looking at the webapi hosts." });
        var live = await ReadUntilAsync(reader, e => e.Kind == TimelineKind.Message, timeout.Token);

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Looking at the webapi hosts.", live[^1].Text);
        Assert.True(live[^1].Sequence > backlog[^1].Sequence);
    }

    private static async Task<List<TimelineEntry>> ReadUntilAsync(StreamReader reader, Func<TimelineEntry, bool> last, CancellationToken cancellationToken)
    {
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
        throw new InvalidOperationException("The live feed ended before the awaited timeline entry.");
    }
}

using System.Net;
using System.Net.Http.Headers;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.Sessions;

public sealed class SessionEventsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task EventStream_SendsTheTimeline_ThenEachNewEntryAsItHappens()
    {
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario);
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await g["rui"].Http.GetAsync($"/api/sessions/{g.Id}/events", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));

        var backlog = await TimelineEvents.ReadUntilAsync(reader, e => e.Text == "Session started.", timeout.Token);
        await g.Ines.PostAsync<TimelineEntry>(g.Id, "channel", new { kind = "hint", text = "what do the webapi services say?" });
        var live = await TimelineEvents.ReadUntilAsync(reader, e => e.Kind == TimelineKind.Hint, timeout.Token);

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, backlog[0].Sequence);
        Assert.Equal("what do the webapi services say?", live[^1].Text);
        Assert.Equal(backlog[^1].Sequence + 1, live[0].Sequence);
    }

    [Fact]
    public async Task EventStream_EndsOnceTheSessionIsOver_AfterItsLastEntries()
    {
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario);
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await g["rui"].Http.GetAsync($"/api/sessions/{g.Id}/events", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        await TimelineEvents.ReadUntilAsync(reader, e => e.Text == "Session started.", timeout.Token);

        await g.Ines.PostAsync<SessionView>(g.Id, "abort");
        var rest = await reader.ReadToEndAsync(timeout.Token);

        // The responder's own last entry, in the public numbering they get before the debrief.
        var last = (await g["rui"].GetAsync<System.Collections.Immutable.ImmutableArray<TimelineEntry>>($"/api/sessions/{g.Id}/timeline"))[^1];
        Assert.Contains($"id: p{last.Sequence}\n", rest, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("outsider", HttpStatusCode.Forbidden, "Not allowed for this participant")]
    [InlineData("unknown session", HttpStatusCode.NotFound, "not found")]
    [InlineData("anonymous", HttpStatusCode.Unauthorized, "Unauthorized")]
    public async Task EventStream_ThatIsNotAllowed_AnswersProblemJson_AsAnEventSourceAsksForIt_AndLogsNoError(string who, HttpStatusCode status, string detail)
    {
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario);
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        var (_, outsider) = await g.Admin.RegisterAsync(factory, "outsider");
        using var anonymous = factory.CreateClient();
        var (client, session) = who switch
        {
            "outsider" => (outsider.Http, g.Id),
            "unknown session" => (g["rui"].Http, Guid.NewGuid()),
            _ => (anonymous, g.Id),
        };
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{session}/events");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        factory.Errors.Clear();

        using var response = await client.SendAsync(request);

        await ProblemAssert.IsAsync(response, status, detail);
        Assert.Empty(factory.Errors.GetSnapshot());
        outsider.Dispose();
    }

    [Theory]
    [InlineData("?after=twelve", null, "must be a timeline cursor, a sequence number (12) or a public one (p12); 'twelve' is neither")]
    [InlineData("", "x7", "The Last-Event-ID header must be a timeline cursor")]
    public async Task EventStream_WithACursorThatIsNotOne_Answers400NamingIt_AsTheTimelineDoes(string query, string? lastEventId, string detail)
    {
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{g.Id}/events{query}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }

        using var response = await g["rui"].Http.SendAsync(request);
        using var timeline = await g["rui"].Http.GetAsync($"/api/sessions/{g.Id}/timeline?after=twelve");

        await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest, detail);
        await ProblemAssert.IsAsync(timeline, HttpStatusCode.BadRequest, "must be a timeline cursor, a sequence number (12) or a public one (p12); 'twelve' is neither");
    }

    [Fact]
    public async Task Reconnect_WithLastEventId_ResumesAfterTheLastEntrySeen()
    {
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario);
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        var seen = (await g["rui"].GetAsync<System.Collections.Immutable.ImmutableArray<TimelineEntry>>($"/api/sessions/{g.Id}/timeline"))[^1].Sequence;
        await g["rui"].PostAsync<TimelineEntry>(g.Id, "channel", new { kind = "message", text = "missed while away" });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{g.Id}/events");
        request.Headers.Add("Last-Event-ID", seen.ToString(System.Globalization.CultureInfo.InvariantCulture));

        using var response = await g["ana"].Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        var entries = await TimelineEvents.ReadUntilAsync(reader, e => e.Text == "missed while away", timeout.Token);

        Assert.Equal(seen + 1, entries[0].Sequence);
        Assert.Single(entries);
    }
}

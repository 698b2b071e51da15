using System.Collections.Immutable;
using System.Text.Json;
using PracticePlatform.Api.Tests.Sessions;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Testing;

namespace PracticePlatform.Api.Tests.Security;

/// <summary>
/// Secrecy of the timeline's numbering: a responder's numbers (API, event ids, notifications) run without gaps, so
/// they do not bracket when an instigator injected; after the debrief the responder sees everything, and a stream or
/// a reconnect that spans the debrief loses and repeats nothing.
/// </summary>
public sealed class TimelineNumberingSecrecyTests
{
    private const string Scenario = PracticeFlowTests.Scenario;

    [Fact]
    public async Task ResponderNumbering_HasNoGapsWhereInstigatorsInjected_AndStreamsStayExactAcrossTheDebrief()
    {
        await using var smtp = SmtpSink.Start();
        await using var api = new ApiFactory();
        api.Settings["PRACTICE_SMTP"] = $"{smtp.Host}:{smtp.Port}";
        using var g = await PracticeGroup.CreateAsync(api, Scenario, suffix: "-numbering", notifications: new { emails = new[] { "responders@example.test" } });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        using var stream = await OpenAsync(g["rui"], g.Id, lastEventId: null, timeout.Token);
        var started = await ReadUntilAsync(stream, e => e.Entry.Text == "Session started.", timeout.Token);

        // Hidden entries between entries the responder sees: an inject, and a revert while paused.
        await g.Ines.PostAsync<CommandOutcome>(g.Id, "faults", new { injectId = "webapi-crash" });
        await g["rui"].PostAsync<TimelineEntry>(g.Id, "channel", new { kind = "message", text = "webapi is down" });
        await g.Ines.PostAsync<SessionView>(g.Id, "pause");
        Assert.True((await g.Ines.Http.DeleteAsync($"/api/sessions/{g.Id}/faults/webapi-crash")).IsSuccessStatusCode);
        await g.Ines.PostAsync<SessionView>(g.Id, "resume");
        var posted = await g["rui"].PostAsync<TimelineEntry>(g.Id, "channel", new { kind = "message", text = "webapi is back" });
        await g["rui"].PostAsync<SessionView>(g.Id, "resolve");
        await g["ana"].PostAsync<SessionView>(g.Id, "assessment", new { startMinute = 0, endMinute = 1, failedShares = new Dictionary<string, double>(), rootCause = "crash", summary = "reverted" });
        var beforeDebrief = started.Concat(await ReadUntilAsync(stream, e => e.Entry.Kind == TimelineKind.Assessment, timeout.Token)).ToList();
        var responderBefore = await g["rui"].GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{g.Id}/timeline");
        var observerBefore = await g["obi"].GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{g.Id}/timeline");
        var instigatorBefore = await g.Ines.GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{g.Id}/timeline");
        var channel = await g["rui"].GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{g.Id}/channel");

        // The instigator's numbering has the hidden entries; the responder's and observer's run 1, 2, 3, ... without them.
        Assert.Contains(instigatorBefore, e => e.Kind == TimelineKind.Inject);
        Assert.Contains(instigatorBefore, e => e.Kind == TimelineKind.Revert);
        var visible = instigatorBefore.Where(e => !TimelineVisibility.IsHidden(e.Kind)).Select(e => e.Text).ToArray();
        foreach (var timeline in new[] { responderBefore, observerBefore })
        {
            Assert.Equal(Enumerable.Range(1, visible.Length).Select(n => (long)n), timeline.Select(e => e.Sequence));
            Assert.Equal(visible, timeline.Select(e => e.Text));
        }
        Assert.Equal(responderBefore.Select(e => $"p{e.Sequence}"), beforeDebrief.Select(e => e.Id));
        Assert.Equal(responderBefore.Select(e => (e.Sequence, e.Text)), beforeDebrief.Select(e => (e.Entry.Sequence, e.Entry.Text)));
        Assert.All(channel, e => Assert.Equal(responderBefore.Single(r => r.Text == e.Text && r.WallTime == e.WallTime).Sequence, e.Sequence));
        Assert.Equal(responderBefore.Single(e => e.Text == "webapi is back").Sequence, posted.Sequence);
        // A public cursor reads on from the entry it names, and a bare number from a responder is a public one too.
        var afterThird = await g["rui"].Http.GetAsync($"/api/sessions/{g.Id}/timeline?after=3");
        Assert.Equal(responderBefore.Skip(3), await PracticeClient.ReadAsync<ImmutableArray<TimelineEntry>>(afterThird));
        Assert.Equal($"p{responderBefore[^1].Sequence}", afterThird.Headers.GetValues("Timeline-Cursor").Single());

        // Notifications carry the number the responder sees the entry under, so they reveal no gap either.
        foreach (var text in new[] { "Session started.", "Session paused.", "Session resumed.", "Service declared restored." })
        {
            var email = await smtp.WaitForAsync(m => m.Body.Contains(text, StringComparison.Ordinal), $"the email saying '{text}'", TimeSpan.FromSeconds(30));
            Assert.Equal(responderBefore.Single(e => e.Text.StartsWith(text, StringComparison.Ordinal)).Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), email.Header("X-Practice-Notification"));
        }

        // The debrief: the open stream goes on in the full numbering from where it was, and ends with the session.
        await g.Ines.PostAsync<Debrief>(g.Id, "debrief");
        await g.Ines.PostAsync<SessionView>(g.Id, "close");
        var afterDebrief = await ReadToEndAsync(stream, timeout.Token);
        var instigatorAfter = await g.Ines.GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{g.Id}/timeline");
        var responderAfter = await g["rui"].GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{g.Id}/timeline");
        var lastSeen = instigatorAfter.Single(e => e.Kind == TimelineKind.Assessment).Sequence;

        var expected = instigatorAfter.Where(e => e.Sequence > lastSeen).ToArray();
        Assert.Contains(expected, e => e.Text == "Debrief held.");
        Assert.Equal(expected.Select(e => (e.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Text)), afterDebrief.Select(e => (e.Id, e.Entry.Text)));
        Assert.Equal(instigatorAfter.Select(e => (e.Sequence, e.Text)), responderAfter.Select(e => (e.Sequence, e.Text)));

        // A browser that saw the last entry before the debrief reconnects after it with that id: the rest, once each.
        using var reconnected = await OpenAsync(g["ana"], g.Id, beforeDebrief[^1].Id, timeout.Token);
        var resumed = await ReadToEndAsync(reconnected, timeout.Token);
        Assert.Equal(afterDebrief.Select(e => (e.Id, e.Entry.Text)), resumed.Select(e => (e.Id, e.Entry.Text)));
    }

    private sealed record Event(string Id, TimelineEntry Entry);

    private static async Task<StreamReader> OpenAsync(PracticeClient client, Guid session, string? lastEventId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{session}/events");
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }
        var response = await client.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        return new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
    }

    /// <summary>The timeline events read until one matches <paramref name="last"/> (included).</summary>
    private static async Task<List<Event>> ReadUntilAsync(StreamReader reader, Func<Event, bool> last, CancellationToken cancellationToken)
    {
        var events = new List<Event>();
        await foreach (var e in ReadAsync(reader, cancellationToken))
        {
            events.Add(e);
            if (last(e))
            {
                return events;
            }
        }
        throw new InvalidOperationException("The event stream ended before the awaited timeline entry.");
    }

    /// <summary>The timeline events read until the stream ends (the session is over).</summary>
    private static async Task<List<Event>> ReadToEndAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        var events = new List<Event>();
        await foreach (var e in ReadAsync(reader, cancellationToken))
        {
            events.Add(e);
        }
        return events;
    }

    private static async IAsyncEnumerable<Event> ReadAsync(StreamReader reader, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var id = "";
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("id: ", StringComparison.Ordinal))
            {
                id = line["id: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                yield return new Event(id, JsonSerializer.Deserialize<TimelineEntry>(line["data: ".Length..], PracticeClient.Json)!);
            }
        }
    }
}

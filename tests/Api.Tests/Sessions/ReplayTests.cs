using System.Net;
using System.Text.Json.Nodes;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.Sessions;

/// <summary>
/// Replay after the debrief: the cell, alarms, charts and timeline at a past second are what the live endpoints
/// answered at that second; who may replay when; and the seconds that can be replayed.
/// </summary>
public sealed class ReplayTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Replay_AfterTheDebrief_AnswersWhatTheLiveEndpointsAnsweredAtThatSecond()
    {
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario);
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        var seen = new List<Seen>();
        factory.Clock.Advance(TimeSpan.FromSeconds(75));
        seen.Add(await SeeLiveAsync(g));
        await g.Ines.PostAsync<CommandOutcome>(g.Id, "faults", new { injectId = "webapi-crash" });
        factory.Clock.Advance(TimeSpan.FromSeconds(130));
        var firing = await SeeLiveAsync(g);
        seen.Add(firing);
        var alarm = firing.Alarms.AsArray().First(a => a!["firing"]!.GetValue<bool>())!["id"]!.GetValue<string>();
        await g["rui"].PostAsync<AlarmView>(g.Id, $"alarms/{alarm}/ack");
        factory.Clock.Advance(TimeSpan.FromSeconds(61));
        seen.Add(await SeeLiveAsync(g));
        await g["ana"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcadm clear webapi" });
        await g["eva"].PostAsync<TimelineEntry>(g.Id, "channel", new { kind = "message", text = "cleared webapi, watching" });
        factory.Clock.Advance(TimeSpan.FromSeconds(200));
        seen.Add(await SeeLiveAsync(g));
        // The crash's later wave (9 minutes after the inject) comes whatever was cleared before: clear it too.
        factory.Clock.Advance(TimeSpan.FromSeconds(160));
        await g["ana"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcadm clear webapi" });
        await g["eva"].PostAsync<SessionView>(g.Id, "resolve");
        factory.Clock.Advance(TimeSpan.FromMinutes(3));
        await g["rui"].PostAsync<SessionView>(g.Id, "assessment", new { startMinute = 1, endMinute = 5, failedShares = new Dictionary<string, double>(), rootCause = "webapi crashed", summary = "cleared it" });
        await g.Ines.PostAsync<Debrief>(g.Id, "debrief");

        Assert.Equal(4, seen.Select(s => s.Second).Distinct().Count());
        foreach (var live in seen)
        {
            var replay = await g["rui"].GetAsync<JsonNode>($"/api/sessions/{g.Id}/replay?second={live.Second}");
            Assert.Equal(live.Second, replay["second"]!.GetValue<long>());
            Assert.True(JsonNode.DeepEquals(live.Health, replay["health"]), $"health at {live.Second}: live {live.Health.ToJsonString()}, replayed {replay["health"]!.ToJsonString()}");
            Assert.True(JsonNode.DeepEquals(live.Alarms, replay["alarms"]), $"alarms at {live.Second}: live {live.Alarms.ToJsonString()}, replayed {replay["alarms"]!.ToJsonString()}");
            Assert.True(JsonNode.DeepEquals(live.RequestTypes, replay["requestTypes"]), $"series at {live.Second} differ");
            Assert.True(JsonNode.DeepEquals(live.Timeline, replay["timeline"]), $"timeline at {live.Second}: live {live.Timeline.ToJsonString()}, replayed {replay["timeline"]!.ToJsonString()}");
        }
        Assert.Contains(seen[1].Alarms.AsArray(), a => a!["firing"]!.GetValue<bool>() && a["acknowledgedBy"] is null);
        Assert.Contains(seen[2].Alarms.AsArray(), a => a!["acknowledgedBy"]?.GetValue<string>() == "rui");
        Assert.Contains(seen[3].Timeline.AsArray(), e => e!["text"]!.GetValue<string>() == "svcadm clear webapi");
    }

    [Fact]
    public async Task Replay_IsForInstigatorsAnyTime_AndForParticipantsOnlyAfterTheirDebrief()
    {
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario, suffix: "-who");
        using var other = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario, suffix: "-other");
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        await g.Ines.PostAsync<CommandOutcome>(g.Id, "faults", new { injectId = "webapi-crash" });
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var path = $"/api/sessions/{g.Id}/replay?second=60";

        await ProblemAssert.IsAsync(await g["rui"].Http.GetAsync(path), HttpStatusCode.Forbidden, "after its debrief");
        await ProblemAssert.IsAsync(await g["obi"].Http.GetAsync(path), HttpStatusCode.Forbidden, "after its debrief");
        Assert.Equal(HttpStatusCode.OK, (await g.Ines.Http.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await g.Admin.Http.GetAsync(path)).StatusCode);

        await g["rui"].PostAsync<SessionView>(g.Id, "resolve");
        await g["rui"].PostAsync<SessionView>(g.Id, "assessment", new { startMinute = 0, endMinute = 2, failedShares = new Dictionary<string, double>(), rootCause = "?", summary = "?" });
        await g.Ines.PostAsync<Debrief>(g.Id, "debrief");

        Assert.Equal(HttpStatusCode.OK, (await g["rui"].Http.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await g["obi"].Http.GetAsync(path)).StatusCode);
        await ProblemAssert.IsAsync(await other["rui"].Http.GetAsync(path), HttpStatusCode.Forbidden, "not on this session's roster");
        await ProblemAssert.IsAsync(await other.Ines.Http.GetAsync(path), HttpStatusCode.Forbidden, "not on this session's roster");
    }

    [Fact]
    public async Task Replay_OfASecondOutsideTheSession_Is400NamingTheRange()
    {
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario, suffix: "-range");
        await ProblemAssert.IsAsync(await g.Ines.Http.GetAsync($"/api/sessions/{g.Id}/replay?second=0"), HttpStatusCode.Conflict, "before it starts");
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        factory.Clock.Advance(TimeSpan.FromSeconds(90));
        var now = (await g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}")).Second;

        await ProblemAssert.IsAsync(await g.Ines.Http.GetAsync($"/api/sessions/{g.Id}/replay?second=-1"), HttpStatusCode.BadRequest, $"between 0 and {now}");
        await ProblemAssert.IsAsync(await g.Ines.Http.GetAsync($"/api/sessions/{g.Id}/replay?second={now + 1}"), HttpStatusCode.BadRequest, $"between 0 and {now}");
        await ProblemAssert.IsAsync(await g.Ines.Http.GetAsync($"/api/sessions/{g.Id}/replay"), HttpStatusCode.BadRequest, "?second=N");
        await ProblemAssert.IsAsync(await g.Ines.Http.GetAsync($"/api/sessions/{g.Id}/replay?second=soon"), HttpStatusCode.BadRequest, "second");
        Assert.Equal(now, (await g.Ines.GetAsync<JsonNode>($"/api/sessions/{g.Id}/replay?second={now}"))["second"]!.GetValue<long>());
    }

    /// <summary>What the live endpoints answered at one second, read by the instigator (who sees every entry).</summary>
    [Fact]
    public async Task Replay_OfASessionWithManualInjects_PlaysItAsTheLiveCellDid_WithoutTheScriptsInject()
    {
        // manta-webapi-crash's script would crash webapi at minute 3; this session leaves injects to its instigators.
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario, suffix: "-hand", manualInjects: true);
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        factory.Clock.Advance(TimeSpan.FromMinutes(6));
        var live = await SeeLiveAsync(g);

        var replay = await g.Ines.GetAsync<JsonNode>($"/api/sessions/{g.Id}/replay?second={live.Second}");

        Assert.True(JsonNode.DeepEquals(live.Health, replay["health"]), $"live {live.Health.ToJsonString()}, replayed {replay["health"]!.ToJsonString()}");
        Assert.True(JsonNode.DeepEquals(live.Alarms, replay["alarms"]), $"live {live.Alarms.ToJsonString()}, replayed {replay["alarms"]!.ToJsonString()}");
        Assert.DoesNotContain(replay["alarms"]!.AsArray(), a => a!["firing"]!.GetValue<bool>());
    }

    private sealed record Seen(long Second, JsonNode Health, JsonNode Alarms, JsonNode RequestTypes, JsonNode Timeline);

    private async Task<Seen> SeeLiveAsync(PracticeGroup g)
    {
        // The clock stands still between these reads, so they all see the same second.
        var second = (await g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}")).Second;
        var metrics = await g.Ines.GetAsync<JsonNode>($"/api/sessions/{g.Id}/metrics");
        var alarms = await g.Ines.GetAsync<JsonNode>($"/api/sessions/{g.Id}/alarms");
        var timeline = await g.Ines.GetAsync<JsonNode>($"/api/sessions/{g.Id}/timeline");
        Assert.Equal(second, (await g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}")).Second);
        // A replayed second shows the session after everything done in it: the test acts only in later seconds.
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        return new Seen(second, metrics["health"]!, alarms, metrics["requestTypes"]!, timeline);
    }
}

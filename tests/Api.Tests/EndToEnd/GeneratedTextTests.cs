using System.Collections.Immutable;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using PracticePlatform.Api.Tests.Sessions;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Testing;

namespace PracticePlatform.Api.Tests.EndToEnd;

/// <summary>
/// Every kind of text the platform writes, gathered from practices run end to end in process: one practice from
/// start to close (pace, pause, an inject and a refused one, an alarm firing and clearing, commands, channel posts of
/// every kind, restoration, an assessment, lessons of every kind in both phases, the debrief, the report), one
/// aborted with the kill switch and one scheduled. Timeline entries, channel, alarms, command outputs, session,
/// debrief, fault history, deliveries, refusals, the Markdown report, and each notification as a webhook (Slack)
/// body and as an email: none says a phrase twice around a colon ("Assessment: Assessment: ...").
/// </summary>
public sealed class GeneratedTextTests : IAsyncLifetime
{
    private readonly WebhookReceiver _webhooks = WebhookReceiver.Start();
    private readonly SmtpSink _smtp = SmtpSink.Start();
    private readonly List<(string Where, string Text)> _texts = [];
    private ApiFactory _api = null!;

    public Task InitializeAsync()
    {
        _api = new ApiFactory();
        _api.Settings["PRACTICE_SMTP"] = $"{_smtp.Host}:{_smtp.Port}";
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("Assessment: Assessment: impact from minute 0 to 4", "assessment")]
    [InlineData("FIRING critical webapi-instances-unhealthy: webapi-instances-unhealthy: webapi-3 is maintenance", "webapi-instances-unhealthy")]
    [InlineData(":rotating_light: [PRACTICE] Milestone: practice session 1a2b3c4d: Session started.: Session started. Session 1a2b", "session started")]
    [InlineData("| 00:00:00 | 2026-01-01 09:00:00 | ines | Session: Session started. |", "session")]
    [InlineData("Impact from minute 0 to 4; root cause: webapi crashed", null)]
    [InlineData("Session created: scenario version 1, seed 7. Scheduled to start at 2026-01-01 10:00 UTC.", null)]
    public void RepeatedPhrase_IsFoundAroundAColon_AndOnlyThere(string text, string? repeated)
    {
        Assert.Equal(repeated, RepeatedPhrase.In(text));
    }

    [Fact]
    public async Task EveryGeneratedText_OfWholePractices_SaysNoPhraseTwiceAroundAColon()
    {
        using var practice = await GroupAsync("p");
        using var aborted = await GroupAsync("a");
        using var scheduled = await GroupAsync("s", _api.Clock.GetUtcNow().AddHours(1));

        await PlayAsync(practice);
        await aborted.Ines.PostAsync<SessionView>(aborted.Id, "start");
        await aborted.Ines.PostAsync<CommandOutcome>(aborted.Id, "faults", new { injectId = "webapi-crash" });
        Minutes(4);
        await aborted.Ines.PostAsync<SessionView>(aborted.Id, "abort");
        await _webhooks.WaitForAsync(w => w.Body.Contains(practice.Id.ToString(), StringComparison.Ordinal) && w.Body.Contains("Session closed.", StringComparison.Ordinal), "the practice's close by webhook");
        await _smtp.WaitForAsync(m => m.Header("X-Practice-Session") == aborted.Id.ToString() && m.Body.Contains("Session aborted.", StringComparison.Ordinal), "the abort by email");
        await _smtp.WaitForAsync(m => m.Header("X-Practice-Session") == practice.Id.ToString() && m.Body.Contains("Session closed.", StringComparison.Ordinal), "the practice's close by email");
        foreach (var g in new[] { practice, aborted, scheduled })
        {
            await ReadEverythingAsync(g);
        }
        foreach (var webhook in _webhooks.Received)
        {
            Gather("webhook", webhook.Json);
        }
        foreach (var email in _smtp.Messages)
        {
            _texts.Add(("email subject", email.Header("Subject") ?? ""));
            _texts.Add(("email body", email.Body));
        }

        Assert.Contains(_texts, t => t.Where == "webhook" && t.Text.Contains("FIRING", StringComparison.Ordinal));
        Assert.Contains(_texts, t => t.Where.StartsWith("timeline", StringComparison.Ordinal) && t.Text.StartsWith("cleared ", StringComparison.Ordinal));
        var repeats = _texts.Select(t => (t.Where, t.Text, Phrase: RepeatedPhrase.In(t.Text))).Where(t => t.Phrase is not null).ToList();
        Assert.True(repeats.Count == 0, string.Join("\n", repeats.Select(r => $"{r.Where}: '{r.Phrase}' twice in: {r.Text}")));
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        await _webhooks.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    /// <summary>A whole practice, touching every action that writes text somewhere.</summary>
    private async Task PlayAsync(PracticeGroup g)
    {
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        await g.Ines.PostAsync<SessionView>(g.Id, "speed", new { speed = 2 });
        await g.Ines.PostAsync<SessionView>(g.Id, "speed", new { speed = 1 });
        await g.Ines.PostAsync<SessionView>(g.Id, "pause");
        await g.Ines.PostAsync<SessionView>(g.Id, "resume");
        Output("inject", await g.Ines.PostAsync<CommandOutcome>(g.Id, "faults", new { injectId = "webapi-crash" }));
        await GatherAsync("refused inject", await g.Ines.PostAsync(g.Id, "faults", new { injectId = "webapi-crash" }));
        Minutes(3);
        var alarm = (await g["rui"].GetAsync<ImmutableArray<AlarmView>>($"/api/sessions/{g.Id}/alarms")).First(a => a.Firing);
        await g["rui"].PostAsync<AlarmView>(g.Id, $"alarms/{alarm.Id}/ack");
        foreach (var command in new[] { "help", "svcs -xv", "svcadm restart nosuchservice", "svcadm restart" })
        {
            Output(command, await g["ana"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = command }));
        }
        await g["eva"].PostAsync<TimelineEntry>(g.Id, "channel", new { kind = "helpRequest", text = "which hosts run webapi?" });
        await g["rui"].PostAsync<TimelineEntry>(g.Id, "channel", new { kind = "message", text = "looking at the service states" });
        await g.Ines.PostAsync<TimelineEntry>(g.Id, "channel", new { kind = "hint", text = "what state are the webapi services in?" });
        await g.Ines.PostAsync<TimelineEntry>(g.Id, "channel", new { kind = "pointer", text = "https://runbooks.example.test/webapi" });
        Output("fix", await g["ana"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcadm clear webapi" }));
        Minutes(12);
        await GatherAsync("revert", await g.Ines.Http.DeleteAsync($"/api/sessions/{g.Id}/faults/webapi-crash"));
        await g["rui"].PostAsync<SessionView>(g.Id, "resolve");
        await g["rui"].PostAsync<SessionView>(g.Id, "assessment", await ThreePracticesEndToEndTests.AssessFromMetricsAsync(g));
        await g["eva"].PostAsync<SavedLesson>(g.Id, "lessons", new { text = "alert on services entering maintenance" });
        await g["obi"].PostAsync<SavedLesson>(g.Id, "lessons", new { text = "page the service owner first", kind = "responseSuggestion" });
        await g.Ines.PostAsync<Debrief>(g.Id, "debrief");
        await g.Ines.PostAsync<SavedLesson>(g.Id, "lessons", new { text = "stage the second crash earlier", kind = "practiceSuggestion" });
        foreach (var line in (await g["rui"].Http.GetStringAsync($"/api/sessions/{g.Id}/report.md")).Split('\n'))
        {
            _texts.Add(("report.md", line));
        }
        await g.Ines.PostAsync<SessionView>(g.Id, "close");
    }

    /// <summary>What each reader is shown of a session: the instigator's full view, and a responder's and observer's.</summary>
    private async Task ReadEverythingAsync(PracticeGroup g)
    {
        foreach (var (who, client) in new[] { ("instigator", g.Ines), ("responder", g["rui"]), ("observer", g["obi"]) })
        {
            foreach (var read in new[] { "", "/timeline", "/channel", "/alarms", "/commands", "/deliveries", "/faults", "/debrief" })
            {
                await GatherAsync($"{who} GET{read}", await client.Http.GetAsync($"/api/sessions/{g.Id}{read}"));
            }
        }
        foreach (var entry in await g.Ines.GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{g.Id}/timeline"))
        {
            _texts.Add(($"timeline {entry.Kind}", entry.Text));
        }
    }

    private async Task<PracticeGroup> GroupAsync(string suffix, DateTimeOffset? scheduledStart = null) =>
        await PracticeGroup.CreateAsync(_api, PracticeFlowTests.Scenario, seed: 11, suffix: "-" + suffix, scheduledStart: scheduledStart, notifications: new
        {
            webhooks = new[] { _webhooks.Url },
            emails = new[] { $"team-{suffix}@example.test" },
        });

    private void Output(string command, CommandOutcome outcome) => _texts.Add(($"output of {command}", outcome.Output));

    /// <summary>Every string in a JSON answer (a refusal's problem too); other answers are not text the platform wrote.</summary>
    private async Task GatherAsync(string where, HttpResponseMessage response)
    {
        using (response)
        {
            if (response.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.Ordinal) == true)
            {
                Gather(where, await response.Content.ReadFromJsonAsync<JsonNode>());
            }
        }
    }

    private void Gather(string where, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, value) in o)
                {
                    Gather(where, value);
                }
                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Gather(where, item);
                }
                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                _texts.Add((where, v.GetValue<string>()));
                break;
        }
    }

    private void Minutes(int count)
    {
        for (var i = 0; i < count; i++)
        {
            _api.Clock.Advance(TimeSpan.FromMinutes(1));
        }
    }
}

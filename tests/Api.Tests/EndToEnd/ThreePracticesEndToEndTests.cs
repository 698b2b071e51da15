using System.Collections.Immutable;
using System.Net;
using System.Text.Json;
using PracticePlatform.Api.Tests.Sessions;
using PracticePlatform.Contracts.Cells;
using PracticePlatform.Contracts.Notifications;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Testing;

namespace PracticePlatform.Api.Tests.EndToEnd;

/// <summary>
/// Three groups practise one scenario at once through the HTTP API, each with its own people and tokens: one is
/// aborted, one resolves and assesses the impact well (from the metrics, as responders would), one assesses it
/// wrongly. Alarms and milestones go to a webhook receiver and an SMTP sink on loopback. Halfway the host is
/// stopped and started again on the same data folder and manual clock; the practices carry on. (A real SIGKILL of
/// the platform process is <see cref="ProcessKillTests"/>.)
/// </summary>
public sealed class ThreePracticesEndToEndTests : IAsyncLifetime
{
    private const string Scenario = PracticeFlowTests.Scenario;

    private readonly WebhookReceiver _webhooks = WebhookReceiver.Start();
    private readonly SmtpSink _smtp = SmtpSink.Start();
    private readonly List<Guid> _sessions = [];
    private ApiFactory _api = null!;

    public Task InitializeAsync()
    {
        _api = Host(new ApiFactory { KeepsDataFolder = true });
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ThreeConcurrentPractices_AbortedGoodAndWrong_EndAsTheirTimelinesNotificationsAndDebriefsShow()
    {
        using var aborted = await GroupAsync("a");
        using var good = await GroupAsync("b");
        using var wrong = await GroupAsync("c");
        PracticeGroup[] all = [aborted, good, wrong];
        foreach (var g in all)
        {
            await g.Ines.PostAsync<SessionView>(g.Id, "start");
        }
        Minutes(1);
        foreach (var g in all)
        {
            await g.Ines.PostAsync<CommandOutcome>(g.Id, "faults", new { injectId = "webapi-crash" });
        }
        Minutes(3);

        // The aborted group pulls the kill switch; the others acknowledge the alarm and look around.
        await aborted.Ines.PostAsync<SessionView>(aborted.Id, "abort");
        foreach (var g in new[] { good, wrong })
        {
            var alarm = (await g["rui"].GetAsync<ImmutableArray<AlarmView>>($"/api/sessions/{g.Id}/alarms")).First(a => a.Firing);
            await g["rui"].PostAsync<AlarmView>(g.Id, $"alarms/{alarm.Id}/ack");
            await g["ana"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcs -xv" });
            await g["eva"].PostAsync<TimelineEntry>(g.Id, "channel", new { kind = "helpRequest", text = "which hosts run webapi?" });
            await g.Ines.PostAsync<TimelineEntry>(g.Id, "channel", new { kind = "hint", text = "what state are the webapi services in?" });
        }

        // Stop the host mid-practice and start it again on the same data folder.
        var before = await TimelinesAsync(good, wrong);
        await RestartAsync(all);
        Assert.Equal(before, await TimelinesAsync(good, wrong));

        foreach (var g in new[] { good, wrong })
        {
            var fix = await g["ana"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcadm clear webapi" });
            Assert.True(fix.Ok && fix.ChangedState, fix.Output);
        }
        // The crash's later wave (9 minutes after the inject) comes whatever was cleared before: clear it too.
        Minutes(7);
        foreach (var g in new[] { good, wrong })
        {
            await g["ana"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcadm clear webapi" });
        }
        Minutes(9);
        foreach (var g in new[] { good, wrong })
        {
            await g["rui"].PostAsync<SessionView>(g.Id, "resolve");
        }
        await good["rui"].PostAsync<SessionView>(good.Id, "assessment", await AssessFromMetricsAsync(good));
        await wrong["rui"].PostAsync<SessionView>(wrong.Id, "assessment", new
        {
            startMinute = 30, endMinute = 40, failedShares = new Dictionary<string, double> { ["get-object"] = 0.9, ["put-object"] = 0.9 },
            rootCause = "the database ran out of connections", summary = "we restarted postgres",
        });
        var goodDebrief = await good.Ines.PostAsync<Debrief>(good.Id, "debrief");
        var wrongDebrief = await wrong.Ines.PostAsync<Debrief>(wrong.Id, "debrief");

        // Timelines.
        var abortedTimeline = await aborted.Ines.GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{aborted.Id}/timeline");
        Assert.Contains(abortedTimeline, e => e.Kind == TimelineKind.KillSwitch);
        Assert.Equal("Session aborted.", abortedTimeline[^1].Text);
        Assert.Equal(SessionStatus.Aborted, (await aborted.Ines.GetAsync<SessionView>($"/api/sessions/{aborted.Id}")).Status);
        foreach (var g in new[] { good, wrong })
        {
            var timeline = await g.Ines.GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{g.Id}/timeline");
            Assert.Equal(Enumerable.Range(1, timeline.Length).Select(i => (long)i), timeline.Select(e => e.Sequence));
            foreach (var kind in new[] { TimelineKind.Inject, TimelineKind.Alarm, TimelineKind.Acknowledged, TimelineKind.Command, TimelineKind.HelpRequest, TimelineKind.Hint, TimelineKind.Restored, TimelineKind.Assessment, TimelineKind.Debrief })
            {
                Assert.Contains(timeline, e => e.Kind == kind);
            }
            Assert.Contains(timeline, e => e.Kind == TimelineKind.Command && e.Actor == $"ana-{Suffix(g, good)}" && e.Text == "svcadm clear webapi");
        }

        // Debriefs: the same seed and the same actions give the same ground truth; only the assessments differ.
        Assert.Equal(goodDebrief.RequestTypes.Select(r => (r.RequestType, r.Failed, r.Attempted)), wrongDebrief.RequestTypes.Select(r => (r.RequestType, r.Failed, r.Attempted)));
        Assert.Equal(goodDebrief.ImpactStartMinute, wrongDebrief.ImpactStartMinute);
        foreach (var r in goodDebrief.RequestTypes.Where(r => r.Attempted > 0))
        {
            Assert.InRange(r.AssessedFailedShare ?? -1, r.ActualFailedShare - 0.05, r.ActualFailedShare + 0.05);
        }
        Assert.InRange(goodDebrief.Assessment!.StartMinute, goodDebrief.ImpactStartMinute!.Value - 1, goodDebrief.ImpactStartMinute!.Value + 1);
        Assert.All(wrongDebrief.RequestTypes.Where(r => r.AssessedFailedShare is not null), r => Assert.True(Math.Abs(r.AssessedFailedShare!.Value - r.ActualFailedShare) > 0.3));
        Assert.NotEqual(wrongDebrief.ImpactStartMinute, wrongDebrief.Assessment!.StartMinute);
        foreach (var debrief in new[] { goodDebrief, wrongDebrief })
        {
            Assert.Equal(60, debrief.InjectedAtSecond);
            Assert.NotNull(debrief.TimeToDetectSeconds);
            Assert.NotNull(debrief.TimeToAcknowledgeSeconds);
            Assert.NotNull(debrief.TimeToMitigateSeconds);
            Assert.Equal(20 * 60 - 60, debrief.TimeToResolveSeconds);
            Assert.Equal(["what state are the webapi services in?"], debrief.HintsUsed.ToArray());
            Assert.True(debrief.CellRestored);
        }

        // Notifications reached the webhook receiver and the SMTP sink, marked as practice, for every session.
        await WaitForAsync(() => all.All(g => _webhooks.Received.Any(w => w.Body.Contains(g.Id.ToString(), StringComparison.Ordinal) && w.Body.Contains("Session started.", StringComparison.Ordinal))), "a webhook per session start");
        await WaitForAsync(() => new[] { good, wrong }.All(g => _webhooks.Received.Any(w => w.Body.Contains(g.Id.ToString(), StringComparison.Ordinal) && w.Body.Contains("Debrief held.", StringComparison.Ordinal))), "a webhook per debrief");
        await WaitForAsync(() => _smtp.Messages.Any(m => m.Header("X-Practice-Session") == aborted.Id.ToString() && m.Body.Contains("Session aborted.", StringComparison.Ordinal)), "the abort by email");
        await WaitForAsync(() => new[] { good, wrong }.All(g => _smtp.Messages.Any(m => m.Header("X-Practice-Session") == g.Id.ToString() && m.Body.Contains("FIRING", StringComparison.Ordinal))), "an alarm email per live session");
        Assert.All(_webhooks.Received, w => Assert.Contains("[PRACTICE]", JsonDocument.Parse(w.Body).RootElement.GetProperty("text").GetString(), StringComparison.Ordinal));
        Assert.All(_smtp.Messages, m => Assert.StartsWith("[PRACTICE]", m.Header("Subject"), StringComparison.Ordinal));
        // Responders read these in their channel and mailbox before the debrief: nothing names the scenario.
        Assert.DoesNotContain(_webhooks.Received, w => w.Body.Contains(Scenario, StringComparison.Ordinal));
        Assert.DoesNotContain(_smtp.Messages, m => m.Body.Contains(Scenario, StringComparison.Ordinal) || m.Header("Subject")!.Contains(Scenario, StringComparison.Ordinal));
        Assert.DoesNotContain(_webhooks.Received, w => w.Body.Contains(aborted.Id.ToString(), StringComparison.Ordinal) && w.Body.Contains("Debrief held.", StringComparison.Ordinal));
        var goodEmails = _smtp.Messages.Where(m => m.Header("X-Practice-Session") == good.Id.ToString()).ToList();
        Assert.All(goodEmails, m => Assert.Equal(["team-b@example.test"], m.EnvelopeRecipients.ToArray()));
        var deliveries = await good["obi"].GetAsync<ImmutableArray<DeliveryAttempt>>($"/api/sessions/{good.Id}/deliveries");
        Assert.Contains(deliveries, d => d.Channel == "webhook" && d.Outcome == "delivered");
        Assert.Contains(deliveries, d => d.Channel == "email" && d.Outcome == "delivered");

        // Secrecy across the groups.
        Assert.Equal(HttpStatusCode.Forbidden, (await good["rui"].Http.GetAsync($"/api/sessions/{wrong.Id}/timeline")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await aborted["rui"].Http.GetAsync($"/api/sessions/{good.Id}/debrief")).StatusCode);
        // An aborted session never reaches its debrief: its responders may not even read which scenario it was.
        var abortedResponderSees = await aborted["rui"].Http.GetAsync($"/api/scenarios/{Scenario}");
        var debriefedResponderSees = await good["rui"].GetAsync<JsonElement>($"/api/scenarios/{Scenario}");
        Assert.Equal(HttpStatusCode.Forbidden, abortedResponderSees.StatusCode);
        Assert.Equal(JsonValueKind.String, debriefedResponderSees.GetProperty("solution").ValueKind);
    }

    public async Task DisposeAsync()
    {
        _api.KeepsDataFolder = false;
        await _api.DisposeAsync();
        await _webhooks.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    private ApiFactory Host(ApiFactory factory)
    {
        factory.Settings["PRACTICE_SMTP"] = $"{_smtp.Host}:{_smtp.Port}";
        return factory;
    }

    private async Task RestartAsync(PracticeGroup[] groups)
    {
        var restarted = Host(_api.Restarted());
        restarted.KeepsDataFolder = true;
        await _api.DisposeAsync();
        _api = restarted;
        foreach (var g in groups)
        {
            g.Rebind(_api);
        }
    }

    private async Task<PracticeGroup> GroupAsync(string name)
    {
        var g = await PracticeGroup.CreateAsync(_api, Scenario, seed: 11, suffix: "-" + name, notifications: new
        {
            webhooks = new[] { _webhooks.Url },
            emails = new[] { $"team-{name}@example.test" },
        });
        _sessions.Add(g.Id);
        return g;
    }

    private static async Task<string> TimelinesAsync(params PracticeGroup[] groups)
    {
        var all = new List<string>();
        foreach (var g in groups)
        {
            all.Add(await g.Ines.Http.GetStringAsync($"/api/sessions/{g.Id}/timeline?after=0"));
        }
        return string.Join("\n", all);
    }

    /// <summary>What responders would do: read the impact window and failed shares off the success-rate charts.</summary>
    internal static async Task<object> AssessFromMetricsAsync(PracticeGroup g)
    {
        var metrics = await g["rui"].GetAsync<CellMetrics>($"/api/sessions/{g.Id}/metrics");
        var bad = metrics.RequestTypes.SelectMany(r => r.Minutes).Where(m => m.SuccessRate < 0.99).Select(m => m.Minute).ToList();
        var start = bad.Min();
        var end = bad.Max();
        var shares = metrics.RequestTypes.ToDictionary(
            r => r.RequestType,
            r =>
            {
                var window = r.Minutes.Where(m => m.Minute >= start && m.Minute <= end).ToList();
                var attempted = window.Sum(m => (double)m.Attempted);
                return attempted == 0 ? 0 : window.Sum(m => m.Attempted * (1 - m.SuccessRate)) / attempted;
            });
        return new { startMinute = start, endMinute = end, failedShares = shares, rootCause = "webapi processes crashed and went into maintenance", summary = "cleared the webapi services" };
    }

    private void Minutes(int count)
    {
        for (var i = 0; i < count; i++)
        {
            _api.Clock.Advance(TimeSpan.FromMinutes(1));
        }
    }

    private static string Suffix(PracticeGroup g, PracticeGroup good) => g == good ? "b" : "c";

    /// <summary>Waits, without sleeping, for the receivers to have seen something: each arrival wakes the check.</summary>
    private async Task WaitForAsync(Func<bool> condition, string what)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            var next = Task.WhenAny(
                _webhooks.WaitForCountAsync(_webhooks.Received.Count + 1),
                _smtp.WaitForCountAsync(_smtp.Messages.Count + 1));
            try
            {
                await next.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                using var admin = PracticeClient.Admin(_api);
                var attempts = new List<string>();
                foreach (var id in _sessions)
                {
                    attempts.Add(await admin.Http.GetStringAsync($"/api/sessions/{id}/deliveries"));
                }
                Assert.Fail($"Timed out waiting for {what}; webhooks: {_webhooks.Received.Count}, emails: {_smtp.Messages.Count}. Attempts: {string.Join("\n", attempts)}");
            }
        }
    }
}

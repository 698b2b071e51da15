using System.Collections.Immutable;
using System.Net.Http.Json;
using PracticePlatform.Api.Tests.Sessions;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Testing;
using Xunit.Abstractions;

namespace PracticePlatform.Api.Tests.EndToEnd;

/// <summary>
/// The platform as a real process on the real clock, killed with SIGKILL in the middle of a practice while requests
/// are in flight, then started again on the same data folder: every action the API acknowledged is still on the
/// timeline exactly once, the fault and the acknowledged alarm are still there, and the practice carries on to its
/// debrief. The session runs at 40x so the real clock gets through minutes of simulated outage in seconds.
/// </summary>
public sealed class ProcessKillTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string AdminToken = "process-kill-admin-token";
    private const int Burst = 30;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly string _dataFolder = Directory.CreateTempSubdirectory("practice-kill-").FullName;
    private readonly WebhookReceiver _webhooks = WebhookReceiver.Start();
    private readonly SmtpSink _smtp = SmtpSink.Start();
    private PlatformProcess _platform = null!;

    public async Task InitializeAsync() => _platform = await StartAsync();

    [Fact]
    public async Task KilledMidPractice_LosesNoAcknowledgedAction_AndThePracticeCarriesOnToItsDebrief()
    {
        using var group = await PracticeGroup.CreateAsync(Clients, AdminToken, PracticeFlowTests.Scenario, seed: 5, notifications: new
        {
            webhooks = new[] { _webhooks.Url },
            emails = new[] { "team-kill@example.test" },
        });
        await group.Ines.PostAsync<SessionView>(group.Id, "speed", new { speed = 40 });
        await group.Ines.PostAsync<SessionView>(group.Id, "start");
        var acknowledged = new List<(TimelineKind Kind, string Text)>();

        await using (var stream = TimelineStream.Follow(Clients, group.Ines.Token, group.Id))
        {
            await group.Ines.PostAsync<CommandOutcome>(group.Id, "faults", new { injectId = "webapi-crash" });
            await stream.WaitForAsync(e => e.Kind == TimelineKind.Alarm && e.Text.StartsWith("FIRING", StringComparison.Ordinal), "the crash's first alarm", Patience);
        }
        var alarm = (await group["rui"].GetAsync<ImmutableArray<AlarmView>>($"/api/sessions/{group.Id}/alarms")).First(a => a.Firing);
        await group["rui"].PostAsync<AlarmView>(group.Id, $"alarms/{alarm.Id}/ack");
        acknowledged.Add((TimelineKind.Acknowledged, $"Acknowledged alarm {alarm.Id}."));
        await group["ana"].PostAsync<CommandOutcome>(group.Id, "commands", new { commandLine = "svcs -xv" });
        acknowledged.Add((TimelineKind.Command, "svcs -xv"));
        await group["eva"].PostAsync<TimelineEntry>(group.Id, "channel", new { kind = "helpRequest", text = "which hosts run webapi?" });
        acknowledged.Add((TimelineKind.HelpRequest, "which hosts run webapi?"));
        const string hint = "what state are the webapi services in?";
        await group.Ines.PostAsync<TimelineEntry>(group.Id, "channel", new { kind = "hint", text = hint });
        acknowledged.Add((TimelineKind.Hint, hint));
        var secondBefore = (await group.Ines.GetAsync<SessionView>($"/api/sessions/{group.Id}")).Second;

        // The kill lands while a burst of channel messages is in flight: some were answered, some never will be.
        acknowledged.AddRange(await KillDuringBurstAsync(group));
        _platform = await StartAsync();
        group.Rebind(Clients, AdminToken);

        var session = await group.Ines.GetAsync<SessionView>($"/api/sessions/{group.Id}");
        Assert.Equal(SessionStatus.Running, session.Status);
        Assert.True(session.Second >= secondBefore, $"The cell went back in time: second {session.Second} after the restart, {secondBefore} before it.");
        Assert.Contains(session.Faults, f => f.Kind == "process-crash");
        var timeline = await group.Ines.GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{group.Id}/timeline");
        Assert.Equal(Enumerable.Range(1, timeline.Length).Select(i => (long)i), timeline.Select(e => e.Sequence));
        foreach (var (kind, text) in acknowledged)
        {
            var found = timeline.Count(e => e.Kind == kind && e.Text == text);
            Assert.True(found == 1, $"The acknowledged {kind} '{text}' is on the timeline {found} times after the kill, not once.");
        }
        Assert.All(
            timeline.Where(e => e.Kind == TimelineKind.Message).GroupBy(e => e.Text),
            same => Assert.Single(same));
        var alarmAfter = (await group["rui"].GetAsync<ImmutableArray<AlarmView>>($"/api/sessions/{group.Id}/alarms")).FirstOrDefault(a => a.Id == alarm.Id && a.Since == alarm.Since);
        Assert.True(alarmAfter is null || alarmAfter.AcknowledgedBy is not null, "The acknowledged alarm lost its acknowledgement.");

        // The practice carries on: the responders fix the cell, the platform sees it restored, they assess, debrief.
        await using (var stream = TimelineStream.Follow(Clients, group.Ines.Token, group.Id))
        {
            var fix = await group["ana"].PostAsync<CommandOutcome>(group.Id, "commands", new { commandLine = "svcadm clear webapi" });
            Assert.True(fix.Ok && fix.ChangedState, fix.Output);
            await stream.WaitForAsync(e => e.Text == "The cell meets its resolution criteria.", "the platform to see the cell restored", Patience);
        }
        await group["rui"].PostAsync<SessionView>(group.Id, "resolve");
        await group["rui"].PostAsync<SessionView>(group.Id, "assessment", await ThreePracticesEndToEndTests.AssessFromMetricsAsync(group));
        var debrief = await group.Ines.PostAsync<Debrief>(group.Id, "debrief");
        Assert.True(debrief.CellRestored);
        Assert.Equal([hint], debrief.HintsUsed.ToArray());
        Assert.NotNull(debrief.TimeToAcknowledgeSeconds);
        Assert.NotNull(debrief.ImpactStartMinute);

        await _webhooks.WaitForAsync(w => w.Body.Contains(group.Id.ToString(), StringComparison.Ordinal) && w.Body.Contains("Debrief held.", StringComparison.Ordinal), "the debrief's webhook after the restart", Patience);
        await _smtp.WaitForAsync(m => m.Header("X-Practice-Session") == group.Id.ToString() && m.Body.Contains("FIRING", StringComparison.Ordinal), "the alarm's email", Patience);
    }

    public async Task DisposeAsync()
    {
        await _platform.DisposeAsync();
        await _webhooks.DisposeAsync();
        await _smtp.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }

    private HttpClient Clients() => _platform.CreateClient();

    private Task<PlatformProcess> StartAsync() =>
        PlatformProcess.StartAsync(_dataFolder, AdminToken, new Dictionary<string, string> { ["PRACTICE_SMTP"] = $"{_smtp.Host}:{_smtp.Port}" });

    /// <summary>Sends a burst of messages from the responders and kills the process once a few were answered.</summary>
    private async Task<List<(TimelineKind, string)>> KillDuringBurstAsync(PracticeGroup group)
    {
        var answered = 0;
        var someAnswered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        string[] responders = ["rui", "ana", "eva"];
        var posts = Enumerable.Range(0, Burst).Select(async i =>
        {
            var text = $"burst message {i}";
            try
            {
                var response = await group[responders[i % responders.Length]].Http.PostAsJsonAsync($"/api/sessions/{group.Id}/channel", new { kind = "message", text }, PracticeClient.Json);
                if (!response.IsSuccessStatusCode)
                {
                    return (Text: text, Acknowledged: false);
                }
                if (Interlocked.Increment(ref answered) == 5)
                {
                    someAnswered.TrySetResult();
                }
                return (Text: text, Acknowledged: true);
            }
            catch (HttpRequestException)
            {
                return (Text: text, Acknowledged: false);
            }
        }).ToList();
        await Task.WhenAny(someAnswered.Task, Task.WhenAll(posts)).WaitAsync(Patience);
        await _platform.KillAsync();
        var outcomes = await Task.WhenAll(posts);
        Assert.Contains(outcomes, o => o.Acknowledged);
        output.WriteLine($"{outcomes.Count(o => o.Acknowledged)} of {Burst} burst messages were answered before the kill.");
        return [.. outcomes.Where(o => o.Acknowledged).Select(o => (TimelineKind.Message, o.Text))];
    }
}

using System.Collections.Immutable;
using System.Text.Json;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.Sessions;

public sealed class PracticeFlowTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    public const string Scenario = "manta-webapi-crash";

    [Fact]
    public async Task WholePractice_FromCreateToDebrief_ShowsTheAssessmentBesideTheGroundTruth()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario);
        var id = g.Id;

        var started = await g["ines"].PostAsync<SessionView>(id, "start");
        Assert.Equal(SessionStatus.Running, started.Status);
        Assert.Equal(0, started.Second);

        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var injected = await g["ines"].PostAsync<CommandOutcome>(id, "faults", new { injectId = "webapi-crash" });
        Assert.True(injected.Ok, injected.Output);
        Assert.Equal(60, injected.Second);

        for (var minute = 0; minute < 5; minute++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        var channel = await g.Ines.GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{id}/channel");
        Assert.Contains(channel, e => e.Kind == TimelineKind.Alarm && e.Text.Contains("FIRING", StringComparison.Ordinal));

        var look = await g["rui"].PostAsync<CommandOutcome>(id, "commands", new { commandLine = "svcs -xv" });
        Assert.True(look.Ok, look.Output);
        Assert.NotEmpty(look.Output);
        await g["rui"].PostAsync<TimelineEntry>(id, "channel", new { kind = "message", text = "webapi instances are in maintenance" });
        var fix = await g["ana"].PostAsync<CommandOutcome>(id, "commands", new { commandLine = "svcadm clear webapi" });
        Assert.True(fix.Ok, fix.Output);
        Assert.True(fix.ChangedState);

        for (var minute = 0; minute < 10; minute++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        var resolved = await g["eva"].PostAsync<SessionView>(id, "resolve");
        Assert.Equal(SessionStatus.Resolved, resolved.Status);
        Assert.Equal(16 * 60, resolved.Second);

        var assessing = await g["rui"].PostAsync<SessionView>(id, "assessment", new
        {
            startMinute = 1,
            endMinute = 7,
            failedShares = new Dictionary<string, double> { ["get-object"] = 0.4, ["put-object"] = 0.4 },
            rootCause = "webapi processes crashed and were put into maintenance",
            summary = "cleared the maintenance state",
        });
        Assert.Equal(SessionStatus.Assessing, assessing.Status);

        var debrief = await g["ines"].PostAsync<Debrief>(id, "debrief");
        Assert.Equal(JsonSerializer.Serialize(debrief, PracticeClient.Json), JsonSerializer.Serialize(await g.Ines.GetAsync<Debrief>($"/api/sessions/{id}/debrief"), PracticeClient.Json));
        Assert.Equal(60, debrief.InjectedAtSecond);
        Assert.NotNull(debrief.ImpactStartMinute);
        Assert.NotNull(debrief.TimeToDetectSeconds);
        Assert.NotNull(debrief.TimeToMitigateSeconds);
        Assert.Equal(15 * 60, debrief.TimeToResolveSeconds);
        Assert.Equal(2, debrief.CommandsRun);
        Assert.Equal(0.4, Assert.Single(debrief.RequestTypes, r => r.RequestType == "get-object").AssessedFailedShare);
        Assert.Contains(debrief.RequestTypes, r => r.Failed > 0);

        var timeline = await g.Ines.GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{id}/timeline");
        Assert.Equal(Enumerable.Range(1, timeline.Length).Select(i => (long)i), timeline.Select(e => e.Sequence));
        Assert.True(timeline.Zip(timeline.Skip(1)).All(pair => pair.First.WallTime <= pair.Second.WallTime));
        foreach (var kind in new[] { TimelineKind.Inject, TimelineKind.Alarm, TimelineKind.Command, TimelineKind.Message, TimelineKind.Restored, TimelineKind.Assessment, TimelineKind.Debrief })
        {
            Assert.Contains(timeline, e => e.Kind == kind);
        }
        Assert.Contains(timeline, e => e.Kind == TimelineKind.Command && e.Actor == "ana" && e.Text == "svcadm clear webapi" && e.Second == 6 * 60);
    }

    [Fact]
    public async Task Abort_ClearsEveryFault_AndEndsTheSession()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario);
        var id = g.Id;
        await g["ines"].PostAsync<SessionView>(id, "start");
        await g["ines"].PostAsync<CommandOutcome>(id, "faults", new { injectId = "webapi-crash" });
        factory.Clock.Advance(TimeSpan.FromSeconds(30));

        var aborted = await g["ines"].PostAsync<SessionView>(id, "abort");

        Assert.Equal(SessionStatus.Aborted, aborted.Status);
        Assert.All(aborted.Faults, f => Assert.NotEqual("active", f.Status));
        var timeline = await g.Ines.GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{id}/timeline");
        Assert.Contains(timeline, e => e.Kind == TimelineKind.KillSwitch && e.Actor == "ines");
    }

    [Fact]
    public async Task PauseAndResume_FreezeTheCellInBetween()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario);
        var id = g.Id;
        await g["ines"].PostAsync<SessionView>(id, "start");
        factory.Clock.Advance(TimeSpan.FromSeconds(10));

        var paused = await g["ines"].PostAsync<SessionView>(id, "pause");
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var stillPaused = await g.Ines.GetAsync<SessionView>($"/api/sessions/{id}");
        await g["ines"].PostAsync<SessionView>(id, "resume");
        factory.Clock.Advance(TimeSpan.FromSeconds(5));
        var resumed = await g.Ines.GetAsync<SessionView>($"/api/sessions/{id}");

        Assert.Equal(SessionStatus.Paused, paused.Status);
        Assert.Equal(10, paused.Second);
        Assert.Equal(10, stillPaused.Second);
        Assert.Equal(SessionStatus.Running, resumed.Status);
        Assert.Equal(15, resumed.Second);
    }

    [Fact]
    public async Task RunningSession_WithNoCallsForLongerThanTheIdleAge_KeepsPacing()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario);
        var id = g.Id;
        await g["ines"].PostAsync<SessionView>(id, "start");

        for (var minute = 0; minute < 20; minute++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        var view = await g.Ines.GetAsync<SessionView>($"/api/sessions/{id}");

        Assert.Equal(SessionStatus.Running, view.Status);
        Assert.Equal(20 * 60, view.Second);
    }
}

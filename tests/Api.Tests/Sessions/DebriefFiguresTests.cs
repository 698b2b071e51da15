using System.Collections.Immutable;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.Sessions;

/// <summary>The debrief's response times and blind alleys, checked against the test's own actions on the timeline.</summary>
public sealed class DebriefFiguresTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task TimesToDetectAndMitigate_CountFromTheInjection_ToTheFirstAlarmAndTheFirstRemediationThatMitigated()
    {
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario);
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await g.Ines.PostAsync<CommandOutcome>(g.Id, "faults", new { injectId = "webapi-crash" });
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var typo = await g["rui"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcadm restart nosuchservice" });
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        // Changes the cell, but nothing there is in maintenance: relevant to nothing.
        var irrelevant = await g["rui"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcadm clear binder" });
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        // Restarts every metadata instance at once: a wrong move that makes things worse.
        var worse = await g["ana"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcadm restart moray" });
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var fix = await g["ana"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcadm clear webapi" });
        for (var minute = 0; minute < 10; minute++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        await g["eva"].PostAsync<SessionView>(g.Id, "resolve");
        await g["rui"].PostAsync<SessionView>(g.Id, "assessment", new { startMinute = 1, endMinute = 2, failedShares = new Dictionary<string, double>(), rootCause = "crash", summary = "cleared" });

        var debrief = await g.Ines.PostAsync<Debrief>(g.Id, "debrief");
        var timeline = await g.Ines.GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{g.Id}/timeline");

        Assert.False(typo.Ok);
        Assert.True(irrelevant.ChangedState && worse.ChangedState && fix.ChangedState);
        // The crash's later wave still comes after the early clear (its cause remains): the inject is the entry that is not it.
        var injected = Assert.Single(timeline, e => e.Kind == TimelineKind.Inject && !e.Text.StartsWith("escalate", StringComparison.Ordinal)).Second;
        var firstAlarm = timeline.Where(e => e.Kind == TimelineKind.Alarm && e.Text.StartsWith("FIRING", StringComparison.Ordinal)).Min(e => e.Second);
        var fixedAt = Assert.Single(timeline, e => e.Kind == TimelineKind.Command && e.Text == "svcadm clear webapi").Second;
        Assert.Equal(60, injected);
        Assert.Equal(6 * 60, fixedAt);
        Assert.Equal(injected, debrief.InjectedAtSecond);
        Assert.Equal(firstAlarm - injected, debrief.TimeToDetectSeconds);
        Assert.Equal(fixedAt - injected, debrief.TimeToMitigateSeconds);
        Assert.Equal(5 * 60, debrief.TimeToMitigateSeconds);
        Assert.Equal(
            "rui: svcadm restart nosuchservice (failed) | rui: svcadm clear binder (changed the cell, mitigated no fault) | ana: svcadm restart moray (changed the cell, mitigated no fault)",
            string.Join(" | ", debrief.BlindAlleys));
        Assert.Equal(4, debrief.CommandsRun);
    }

    [Fact]
    public async Task TimeToMitigate_IsNull_WhenNoRemediationMitigatedAFault()
    {
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario);
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        await g.Ines.PostAsync<CommandOutcome>(g.Id, "faults", new { injectId = "webapi-crash" });
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        await g["rui"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcadm clear binder" });
        await g["rui"].PostAsync<SessionView>(g.Id, "resolve");
        await g["rui"].PostAsync<SessionView>(g.Id, "assessment", new { startMinute = 0, endMinute = 2, failedShares = new Dictionary<string, double>(), rootCause = "?", summary = "?" });

        var debrief = await g.Ines.PostAsync<Debrief>(g.Id, "debrief");

        Assert.Null(debrief.TimeToMitigateSeconds);
        Assert.Equal("rui: svcadm clear binder (changed the cell, mitigated no fault)", string.Join(" | ", debrief.BlindAlleys));
    }
}

using System.Collections.Immutable;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.Sessions;

/// <summary>
/// What the scenario's script does by itself is on the timeline: its injects and escalations reach the instigators'
/// timeline at once and everyone's after the debrief (and report.md). A session may leave injects to the instigators
/// instead, so the practice format's "instigators break the environment" works as a newcomer reads it.
/// </summary>
public sealed class ScriptedInjectTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    // manta-webapi-crash stages its crash at minute 3 and escalates it at minute 12.
    [Fact]
    public async Task ScriptedInjectAndEscalation_AreOnTheInstigatorsTimelineAtOnce_AndOnEveryonesAfterTheDebrief()
    {
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario, suffix: "-script");
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        factory.Clock.Advance(TimeSpan.FromMinutes(4));

        var inject = Assert.Single(await ScriptEntriesAsync(g.Ines, g.Id));
        Assert.Equal(("scenario", TimelineKind.Inject, 180L), (inject.Actor, inject.Kind, inject.Second));
        Assert.StartsWith("inject webapi-crash (scripted: process-crash on webapi", inject.Text, StringComparison.Ordinal);
        Assert.Empty(await ScriptEntriesAsync(g["rui"], g.Id));
        Assert.DoesNotContain(await g["obi"].GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{g.Id}/timeline"), e => e.Kind == TimelineKind.Inject);

        factory.Clock.Advance(TimeSpan.FromMinutes(9));
        var script = await ScriptEntriesAsync(g.Ines, g.Id);
        Assert.Equal(2, script.Length);
        Assert.Equal(720, script[1].Second);
        Assert.StartsWith("escalate webapi-crash (scripted", script[1].Text, StringComparison.Ordinal);
        // Reading again adds nothing: each is recorded once.
        Assert.Equal(2, (await ScriptEntriesAsync(g.Ines, g.Id)).Length);

        await g["rui"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcadm clear webapi" });
        await g["rui"].PostAsync<SessionView>(g.Id, "resolve");
        await g["ana"].PostAsync<SessionView>(g.Id, "assessment", new { startMinute = 3, endMinute = 13, failedShares = new Dictionary<string, double>(), rootCause = "crash", summary = "cleared" });
        await g.Ines.PostAsync<Debrief>(g.Id, "debrief");

        Assert.Equal(2, (await ScriptEntriesAsync(g["rui"], g.Id)).Length);
        var report = await g["rui"].Http.GetStringAsync($"/api/sessions/{g.Id}/report.md");
        Assert.Contains("| scenario | Inject | inject webapi-crash (scripted", report, StringComparison.Ordinal);
        Assert.Contains("| scenario | Inject | escalate webapi-crash (scripted", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithManualInjects_NothingStartsByItself_AndTheInstigatorsInjectStartsTheScriptsEscalationClock()
    {
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario, suffix: "-hand", manualInjects: true);
        Assert.True(g.Created.ManualInjects);
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Empty((await g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}")).Faults);

        var injected = await g.Ines.PostAsync<CommandOutcome>(g.Id, "faults", new { injectId = "webapi-crash" });
        Assert.True(injected.Ok, injected.Output);
        factory.Clock.Advance(TimeSpan.FromMinutes(10));

        var timeline = await g.Ines.GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{g.Id}/timeline");
        var byHand = Assert.Single(timeline, e => e.Kind == TimelineKind.Inject && e.Actor == "ines-hand");
        Assert.Equal(("inject webapi-crash", 300L), (byHand.Text, byHand.Second));
        // The script escalated 9 minutes after the crash, as it does after its own minute-3 inject.
        var escalation = Assert.Single(timeline, e => e.Actor == "scenario");
        Assert.Equal(840, escalation.Second);
        Assert.StartsWith("escalate webapi-crash", escalation.Text, StringComparison.Ordinal);
    }

    private static async Task<ImmutableArray<TimelineEntry>> ScriptEntriesAsync(PracticeClient client, Guid id) =>
        [.. (await client.GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{id}/timeline")).Where(e => e.Actor == "scenario")];
}

using System.Collections.Immutable;
using System.Net;
using System.Net.Http.Json;
using PracticePlatform.Contracts.Cohorts;
using PracticePlatform.Contracts.Results;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.Sessions;

/// <summary>Results across sessions: a scenario's debriefed sessions side by side, a cohort's progress, and who sees which.</summary>
public sealed class ResultsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task ResultsAndProgress_AfterTwoDebriefedSessionsOfOneScenarioInTwoCohorts_ShowEachSessionsDebriefFigures()
    {
        using var admin = PracticeClient.Admin(factory);
        var spring = await CohortAsync(admin, "spring");
        var autumn = await CohortAsync(admin, "autumn");
        using var a = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario, suffix: "-spring", cohortId: spring);
        using var b = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario, suffix: "-autumn", cohortId: autumn);
        using var undebriefed = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario, suffix: "-late", cohortId: spring);
        await undebriefed.Ines.PostAsync<SessionView>(undebriefed.Id, "start");

        var debriefA = await PractiseAsync(a, acknowledge: true, hint: false, startMinute: 2);
        factory.Clock.Advance(TimeSpan.FromMinutes(30));
        var debriefB = await PractiseAsync(b, acknowledge: false, hint: true, startMinute: 0);

        // Other tests of this class debrief sessions of the scenario too: only this test's sessions are looked at.
        var ours = new[] { a.Id, b.Id, undebriefed.Id };
        var results = (await admin.GetAsync<ImmutableArray<SessionResult>>($"/api/scenarios/{PracticeFlowTests.Scenario}/results")).Where(r => ours.Contains(r.SessionId)).ToArray();
        Assert.Equal([a.Id, b.Id], results.Select(r => r.SessionId));
        AssertFigures(debriefA, a.Id, spring, "spring", results[0]);
        AssertFigures(debriefB, b.Id, autumn, "autumn", results[1]);
        Assert.True(results[0].DebriefedAt < results[1].DebriefedAt);
        Assert.Equal(0, results[0].HintsUsed);
        Assert.Equal(1, results[1].HintsUsed);

        // Instigators see every session; responders and observers only their own.
        Assert.Equal([a.Id, b.Id], (await a.Ines.GetAsync<ImmutableArray<SessionResult>>($"/api/scenarios/{PracticeFlowTests.Scenario}/results")).Select(r => r.SessionId).Where(ours.Contains));
        Assert.Equal([a.Id], (await a["rui"].GetAsync<ImmutableArray<SessionResult>>($"/api/scenarios/{PracticeFlowTests.Scenario}/results")).Select(r => r.SessionId));
        Assert.Equal([b.Id], (await b["obi"].GetAsync<ImmutableArray<SessionResult>>($"/api/scenarios/{PracticeFlowTests.Scenario}/results")).Select(r => r.SessionId));
        await ProblemAssert.IsAsync(await undebriefed["rui"].Http.GetAsync($"/api/scenarios/{PracticeFlowTests.Scenario}/results"), HttpStatusCode.Forbidden, "debrief");
        await ProblemAssert.IsAsync(await admin.Http.GetAsync("/api/scenarios/no-such-scenario/results"), HttpStatusCode.NotFound, "no-such-scenario");

        var springProgress = await admin.GetAsync<CohortProgress>($"/api/cohorts/{spring}/progress");
        Assert.Equal("spring", springProgress.Name);
        AssertFigures(debriefA, a.Id, spring, "spring", Assert.Single(springProgress.Sessions));
        var autumnProgress = await b.Ines.GetAsync<CohortProgress>($"/api/cohorts/{autumn}/progress");
        AssertFigures(debriefB, b.Id, autumn, "autumn", Assert.Single(autumnProgress.Sessions));
        await ProblemAssert.IsAsync(await a["rui"].Http.GetAsync($"/api/cohorts/{autumn}/progress"), HttpStatusCode.Forbidden, "not a member");
    }

    [Fact]
    public async Task CohortProgress_ForAMember_ListsOnlyTheSessionsTheyTookPartIn_InDebriefOrder()
    {
        using var admin = PracticeClient.Admin(factory);
        using var first = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario, suffix: "-c1");
        var cohort = await CohortAsync(admin, "winter", first.Person("rui").Id, first.Person("ana").Id);
        using var again = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario, suffix: "-c1b", cohortId: cohort);
        using var one = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario, suffix: "-c1c", cohortId: cohort);
        // rui (already on another session of the scenario) responds in one of the cohort's sessions too, by the admin's override.
        await again.Admin.PostAsync<SessionView>(again.Id, "participants", new { personId = first.Person("rui").Id, role = "responder", @override = true });

        await PractiseAsync(one, acknowledge: false, hint: false, startMinute: 1);
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await PractiseAsync(again, acknowledge: true, hint: false, startMinute: 1);

        var all = await admin.GetAsync<CohortProgress>($"/api/cohorts/{cohort}/progress");
        Assert.Equal([one.Id, again.Id], all.Sessions.Select(s => s.SessionId));
        var rui = await first["rui"].GetAsync<CohortProgress>($"/api/cohorts/{cohort}/progress");
        Assert.Equal([again.Id], rui.Sessions.Select(s => s.SessionId));
        Assert.Empty((await first["ana"].GetAsync<CohortProgress>($"/api/cohorts/{cohort}/progress")).Sessions);
    }

    private static void AssertFigures(Debrief debrief, Guid session, Guid cohort, string cohortName, SessionResult result)
    {
        Assert.Equal(session, result.SessionId);
        Assert.Equal(PracticeFlowTests.Scenario, result.ScenarioId);
        Assert.Equal(cohort, result.CohortId);
        Assert.Equal(cohortName, result.CohortName);
        Assert.Equal(debrief.TimeToDetectSeconds, result.TimeToDetectSeconds);
        Assert.Equal(debrief.TimeToAcknowledgeSeconds, result.TimeToAcknowledgeSeconds);
        Assert.Equal(debrief.TimeToMitigateSeconds, result.TimeToMitigateSeconds);
        Assert.Equal(debrief.TimeToResolveSeconds, result.TimeToResolveSeconds);
        Assert.Equal(debrief.CommandsRun, result.CommandsRun);
        Assert.Equal(debrief.HintsGiven, result.HintsUsed);
        var error = Assert.IsType<AssessmentError>(result.AssessmentError);
        Assert.Equal(debrief.Assessment!.StartMinute - debrief.ImpactStartMinute, error.StartMinutesOff);
        Assert.Equal(debrief.Assessment.EndMinute - debrief.ImpactEndMinute, error.EndMinutesOff);
        var points = debrief.RequestTypes.Average(r => Math.Abs((r.AssessedFailedShare ?? 0) - r.ActualFailedShare)) * 100;
        Assert.Equal(Math.Round(points, 1), error.FailedSharePointsOff);
    }

    /// <summary>Crash webapi, (acknowledge,) fix it, (take a hint,) declare, assess and debrief: figures that differ by group.</summary>
    private async Task<Debrief> PractiseAsync(PracticeGroup g, bool acknowledge, bool hint, long startMinute)
    {
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await g.Ines.PostAsync<CommandOutcome>(g.Id, "faults", new { injectId = "webapi-crash" });
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        if (acknowledge)
        {
            var alarms = await g.Ines.GetAsync<ImmutableArray<AlarmView>>($"/api/sessions/{g.Id}/alarms");
            await g["rui"].PostAsync<AlarmView>(g.Id, $"alarms/{alarms.First(x => x.Firing).Id}/ack");
        }
        if (hint)
        {
            await g.Ines.PostAsync<TimelineEntry>(g.Id, "channel", new { kind = "hint", text = "what does svcs -xv say?" });
        }
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await g["rui"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcs -xv" });
        await g["ana"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcadm clear webapi" });
        factory.Clock.Advance(TimeSpan.FromMinutes(3));
        await g["eva"].PostAsync<SessionView>(g.Id, "resolve");
        await g["rui"].PostAsync<SessionView>(g.Id, "assessment", new { startMinute, endMinute = 5, failedShares = new Dictionary<string, double> { ["put-object"] = 0.2 }, rootCause = "webapi crashed", summary = "cleared" });
        return await g.Ines.PostAsync<Debrief>(g.Id, "debrief");
    }

    private static async Task<Guid> CohortAsync(PracticeClient admin, string name, params Guid[] members) =>
        (await PracticeClient.ReadAsync<CohortView>(await admin.Http.PostAsJsonAsync("/api/cohorts", new { name, members }, PracticeClient.Json))).Id;
}

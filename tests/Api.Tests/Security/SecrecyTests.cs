using System.Net;
using System.Text.Json;
using PracticePlatform.Api.Tests.Sessions;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.Security;

public sealed class SecrecyTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Scenario = PracticeFlowTests.Scenario;

    [Fact]
    public async Task Responder_SeesNoSolution_UntilTheirOwnDebrief()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario);

        // Before the debrief the scenario is not theirs to read at all, and a guess at another id answers the same.
        var before = await g["rui"].Http.GetAsync($"/api/scenarios/{Scenario}");
        var guess = await g["rui"].Http.GetAsync("/api/scenarios/shop-retry-storm");
        var nothing = await g["rui"].Http.GetAsync("/api/scenarios/no-such-scenario");
        var viewedBefore = await g["rui"].GetAsync<SessionView>($"/api/sessions/{g.Id}");
        await PlayToDebriefAsync(g);
        var after = await g["rui"].GetAsync<JsonElement>($"/api/scenarios/{Scenario}");
        var instigator = await g.Ines.GetAsync<JsonElement>($"/api/scenarios/{Scenario}");

        Assert.All([before, guess, nothing], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Null(viewedBefore.Digest);
        Assert.Contains("svcadm clear", after.GetProperty("solution").GetString(), StringComparison.Ordinal);
        Assert.True(after.GetProperty("pointers").GetArrayLength() >= 2);
        Assert.True(instigator.GetProperty("pointers").GetArrayLength() >= 2);
        Assert.Contains("svcadm clear", instigator.GetProperty("solution").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstigatorCapableResponder_AwaitingTheirDebrief_SeesNoScenariosSecrets_SoNoneStandsOutAsTheirs()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario);
        var (ivy, ivyClient) = await g.Admin.RegisterAsync(factory, "ivy-awaiting", canInstigate: true);
        using var _ = ivyClient;
        await g.Ines.PostAsync<SessionView>(g.Id, "participants", new { personId = ivy.Id, role = "responder" });

        var own = await ivyClient.GetAsync<JsonElement>($"/api/scenarios/{Scenario}");
        var other = await ivyClient.GetAsync<JsonElement>("/api/scenarios/shop-retry-storm");

        Assert.Equal(JsonValueKind.Null, own.GetProperty("solution").ValueKind);
        Assert.Equal(JsonValueKind.Null, other.GetProperty("solution").ValueKind);
        Assert.Equal(JsonValueKind.Null, other.GetProperty("pointers").ValueKind);
    }

    [Fact]
    public async Task Responder_IsNotToldWhichScenarioTheirSessionRuns_UntilTheirOwnDebrief()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario);

        var session = await g["rui"].GetAsync<JsonElement>($"/api/sessions/{g.Id}");
        var sessions = await g["obi"].GetAsync<JsonElement>("/api/sessions");
        var me = await g["rui"].Http.GetStringAsync("/api/people/me");
        var catalog = await g["rui"].Http.GetAsync("/api/scenarios");
        var instigatorSees = await g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}");

        Assert.Equal(JsonValueKind.Null, session.GetProperty("scenarioId").ValueKind);
        Assert.All(sessions.EnumerateArray(), s => Assert.Equal(JsonValueKind.Null, s.GetProperty("scenarioId").ValueKind));
        Assert.DoesNotContain(Scenario, me, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, catalog.StatusCode);
        Assert.Equal(Scenario, instigatorSees.ScenarioId);

        await PlayToDebriefAsync(g);
        Assert.Equal(Scenario, (await g["rui"].GetAsync<SessionView>($"/api/sessions/{g.Id}")).ScenarioId);
        Assert.Contains(Scenario, await g["rui"].Http.GetStringAsync("/api/people/me"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstigatorCapablePerson_WhoReadTheSolution_IsRefusedAsItsResponder_UnlessAnAdminOverrides()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, roster: false, suffix: "-peek");
        var (peeker, client) = await g.Admin.RegisterAsync(factory, "peeker", canInstigate: true);
        using var _ = client;
        var (unseen, unseenClient) = await g.Admin.RegisterAsync(factory, "unseen", canInstigate: true);
        using var __ = unseenClient;

        var scenario = await client.GetAsync<JsonElement>($"/api/scenarios/{Scenario}");
        var refused = await g.Ines.PostAsync(g.Id, "participants", new { personId = peeker.Id, role = "responder" });
        var notPeeked = await g.Ines.PostAsync(g.Id, "participants", new { personId = unseen.Id, role = "responder" });
        var overridden = await g.Admin.PostAsync(g.Id, "participants", new { personId = peeker.Id, role = "responder", @override = true });

        Assert.Contains("svcadm clear", scenario.GetProperty("solution").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"peeker has seen the solution of scenario {Scenario} and cannot respond to it unless an admin overrides", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, notPeeked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, overridden.StatusCode);
    }

    [Fact]
    public async Task InstigatorCapablePerson_WhoSawTheConsoleScenarioPage_IsRefusedAsItsResponder()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, roster: false, suffix: "-page");
        var (peeker, client) = await g.Admin.RegisterAsync(factory, "page-peeker", canInstigate: true);
        using var _ = client;

        var page = await client.Http.GetAsync($"/scenarios/{Scenario}");
        var refused = await g.Ines.PostAsync(g.Id, "participants", new { personId = peeker.Id, role = "responder" });

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("svcadm clear", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("has seen the solution", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatWasInjected_IsHiddenFromRespondersAndObservers_UntilTheDebrief()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario);
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        await g.Ines.PostAsync<CommandOutcome>(g.Id, "faults", new { injectId = "webapi-crash" });

        var responderView = await g["rui"].GetAsync<SessionView>($"/api/sessions/{g.Id}");
        var observerTimeline = await g["obi"].Http.GetStringAsync($"/api/sessions/{g.Id}/timeline");
        var instigatorView = await g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}");
        var instigatorTimeline = await g.Ines.Http.GetStringAsync($"/api/sessions/{g.Id}/timeline");

        Assert.Empty(responderView.Faults);
        Assert.DoesNotContain("inject webapi-crash", observerTimeline, StringComparison.Ordinal);
        Assert.Contains(instigatorView.Faults, f => f.Id == "webapi-crash");
        Assert.Contains("inject webapi-crash", instigatorTimeline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Responder_CannotReadAnotherGroupsTimelineOrDebrief()
    {
        using var first = await PracticeGroup.CreateAsync(factory, Scenario);
        using var second = await PracticeGroup.CreateAsync(factory, Scenario);
        await PlayToDebriefAsync(second);

        var timeline = await first["rui"].Http.GetAsync($"/api/sessions/{second.Id}/timeline");
        var debrief = await first["rui"].Http.GetAsync($"/api/sessions/{second.Id}/debrief");
        var report = await first["rui"].Http.GetAsync($"/api/sessions/{second.Id}/report.md");

        Assert.Equal(HttpStatusCode.Forbidden, timeline.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, debrief.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, report.StatusCode);
        Assert.DoesNotContain("svcadm", await timeline.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonWhoPlayedTheScenario_IsRefusedAsItsResponder_UnlessAnAdminOverrides()
    {
        using var first = await PracticeGroup.CreateAsync(factory, Scenario);
        await PlayToDebriefAsync(first);
        using var second = await PracticeGroup.CreateAsync(factory, Scenario, roster: false);
        var veteran = first.Person("rui").Id;

        var refused = await second.Ines.PostAsync(second.Id, "participants", new { personId = veteran, role = "responder" });
        var notHers = await second.Ines.PostAsync(second.Id, "participants", new { personId = veteran, role = "responder", @override = true });
        var overridden = await second.Admin.PostAsync<SessionView>(second.Id, "participants", new { personId = veteran, role = "responder", @override = true });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("already took part", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, notHers.StatusCode);
        Assert.Contains(overridden.Participants, p => p.PersonId == veteran && p.Role == ParticipantRole.Responder);
    }

    [Fact]
    public async Task ResponderAwaitingTheirDebrief_CannotObserveOrInstigateAnotherGroup()
    {
        using var first = await PracticeGroup.CreateAsync(factory, Scenario);
        using var second = await PracticeGroup.CreateAsync(factory, Scenario, roster: false);

        var observe = await second.Ines.PostAsync(second.Id, "participants", new { personId = first.Person("ana").Id, role = "observer" });

        Assert.Equal(HttpStatusCode.Conflict, observe.StatusCode);
        Assert.Contains("would show them the answer", await observe.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    internal async Task PlayToDebriefAsync(PracticeGroup g)
    {
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        await g.Ines.PostAsync<CommandOutcome>(g.Id, "faults", new { injectId = "webapi-crash" });
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await g["rui"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcadm clear webapi" });
        await g["rui"].PostAsync<SessionView>(g.Id, "resolve");
        await g["ana"].PostAsync<SessionView>(g.Id, "assessment", new { startMinute = 0, endMinute = 1, failedShares = new Dictionary<string, double>(), rootCause = "crash", summary = "cleared" });
        await g.Ines.PostAsync<Debrief>(g.Id, "debrief");
    }
}

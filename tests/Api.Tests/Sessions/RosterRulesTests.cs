using System.Net;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.Sessions;

/// <summary>The roster guidance (warnings, never refusals) and what a session needs to start.</summary>
public sealed class RosterRulesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Scenario = PracticeFlowTests.Scenario;

    [Fact]
    public async Task Start_WithoutAnInstigator_IsRefused()
    {
        using var admin = PracticeClient.Admin(factory);
        var (rui, client) = await admin.RegisterAsync(factory, "lonely-rui");
        using var _ = client;
        var session = await PracticeClient.ReadAsync<SessionView>(await admin.Http.PostAsync("/api/sessions", Json(new { scenarioId = Scenario })));
        await admin.PostAsync<SessionView>(session.Id, "participants", new { personId = rui.Id, role = "responder" });

        var response = await admin.PostAsync(session.Id, "start");

        await ProblemAssert.IsAsync(response, HttpStatusCode.Conflict, "at least one instigator");
        Assert.Equal(SessionStatus.Draft, (await admin.GetAsync<SessionView>($"/api/sessions/{session.Id}")).Status);
    }

    [Fact]
    public async Task Roster_WithMoreThanThreeInstigators_Warns()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, suffix: "-many");
        SessionView view = g.Created;
        for (var i = 0; i < 3; i++)
        {
            var (person, client) = await g.Admin.RegisterAsync(factory, $"co-instigator-{i}", canInstigate: true);
            client.Dispose();
            view = await g.Ines.PostAsync<SessionView>(g.Id, "participants", new { personId = person.Id, role = "instigator" });
        }

        Assert.Contains("The guidance is 1-3 instigators; the roster has 4.", view.Warnings);
    }

    [Fact]
    public async Task Roster_OfRespondersAllAlike_WarnsAboutTheExperienceMix()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, roster: false, suffix: "-alike");
        SessionView view = g.Created;
        for (var i = 0; i < 3; i++)
        {
            var (person, client) = await g.Admin.RegisterAsync(factory, $"novice-{i}", experience: Experience.Novice);
            client.Dispose();
            view = await g.Ines.PostAsync<SessionView>(g.Id, "participants", new { personId = person.Id, role = "responder" });
        }

        Assert.Contains("The guidance asks for a mix of experience; every responder is novice.", view.Warnings);
        Assert.DoesNotContain(view.Warnings, w => w.Contains("responders;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Roster_WithAResponderMissingPrerequisites_WarnsNamingThem()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, suffix: "-prereq");
        var (person, client) = await g.Admin.RegisterAsync(factory, "unprepared", prerequisites: false);
        client.Dispose();

        var view = await g.Ines.PostAsync<SessionView>(g.Id, "participants", new { personId = person.Id, role = "responder" });

        Assert.Contains("unprepared has not met the prerequisites (tool credentials and an own deployment).", view.Warnings);
        Assert.DoesNotContain(g.Created.Warnings, w => w.Contains("prerequisites", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Roster_WithinTheGuidance_HasNoWarnings()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, suffix: "-fine");

        var view = await g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}");

        Assert.Empty(view.Warnings);
    }

    private static System.Net.Http.Json.JsonContent Json(object body) => System.Net.Http.Json.JsonContent.Create(body, options: PracticeClient.Json);
}

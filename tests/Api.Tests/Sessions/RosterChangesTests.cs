using System.Collections.Immutable;
using System.Net;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.Sessions;

/// <summary>Setting the roster right before the start: removing a person and changing a role.</summary>
public sealed class RosterChangesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Scenario = PracticeFlowTests.Scenario;

    [Fact]
    public async Task Remove_TakesThePersonOffTheRosterAndOutOfWhatTheyPlayed()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, suffix: "-removed");
        var rui = g.Person("rui");

        var response = await g.Ines.Http.DeleteAsync($"/api/sessions/{g.Id}/participants/{rui.Id}");

        var view = await PracticeClient.ReadAsync<SessionView>(response);
        Assert.DoesNotContain(view.Participants, p => p.PersonId == rui.Id);
        var person = await g.Admin.GetAsync<PersonView>($"/api/people/{rui.Id}");
        Assert.DoesNotContain(person.Participations, p => p.SessionId == g.Id);
        Assert.DoesNotContain(Scenario, person.PlayedScenarios);
        Assert.DoesNotContain(await g["rui"].GetAsync<ImmutableArray<SessionView>>("/api/sessions"), s => s.Id == g.Id);
        var timeline = await g.Ines.GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{g.Id}/timeline");
        Assert.Contains(timeline, e => e.Kind == TimelineKind.Roster && e.Text == "ines-removed removed rui-removed from the roster.");
    }

    [Fact]
    public async Task Remove_RecomputesTheRosterWarnings()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, suffix: "-unwarned");
        var (person, client) = await g.Admin.RegisterAsync(factory, "unprepared-unwarned", prerequisites: false);
        client.Dispose();
        var warned = await g.Ines.PostAsync<SessionView>(g.Id, "participants", new { personId = person.Id, role = "responder" });
        Assert.Contains(warned.Warnings, w => w.Contains("unprepared-unwarned", StringComparison.Ordinal));

        var view = await PracticeClient.ReadAsync<SessionView>(await g.Ines.Http.DeleteAsync($"/api/sessions/{g.Id}/participants/{person.Id}"));

        Assert.DoesNotContain(view.Warnings, w => w.Contains("unprepared-unwarned", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReAdding_WithAnotherRole_ChangesTheRoleEverywhere()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, suffix: "-demoted");
        var ana = g.Person("ana");

        var view = await g.Ines.PostAsync<SessionView>(g.Id, "participants", new { personId = ana.Id, role = "observer" });

        Assert.Equal(ParticipantRole.Observer, Assert.Single(view.Participants, p => p.PersonId == ana.Id).Role);
        var person = await g.Admin.GetAsync<PersonView>($"/api/people/{ana.Id}");
        Assert.Equal(ParticipantRole.Observer, Assert.Single(person.Participations, p => p.SessionId == g.Id).Role);
        var timeline = await g.Ines.GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{g.Id}/timeline");
        Assert.Contains(timeline, e => e.Kind == TimelineKind.Roster && e.Text == "ines-demoted made ana-demoted an observer.");
    }

    [Fact]
    public async Task ReAdding_WithTheSameRole_IsAConflict()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, suffix: "-same");

        var response = await g.Ines.PostAsync(g.Id, "participants", new { personId = g.Person("ana").Id, role = "responder" });

        await ProblemAssert.IsAsync(response, HttpStatusCode.Conflict, "already on the roster as responder");
    }

    [Fact]
    public async Task RemovingOrChangingRoles_AfterTheStart_IsAConflictNamingTheState()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, suffix: "-started");
        await g.Ines.PostAsync<SessionView>(g.Id, "start");

        var removal = await g.Ines.Http.DeleteAsync($"/api/sessions/{g.Id}/participants/{g.Person("rui").Id}");
        var change = await g.Ines.PostAsync(g.Id, "participants", new { personId = g.Person("ana").Id, role = "observer" });

        await ProblemAssert.IsAsync(removal, HttpStatusCode.Conflict, "while the session is Running");
        await ProblemAssert.IsAsync(change, HttpStatusCode.Conflict, "while the session is Running");
        var view = await g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}");
        Assert.Contains(view.Participants, p => p.PersonId == g.Person("rui").Id);
        Assert.Equal(ParticipantRole.Responder, Assert.Single(view.Participants, p => p.PersonId == g.Person("ana").Id).Role);
    }

    [Fact]
    public async Task Remove_ByAResponder_IsForbidden()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, suffix: "-meddling");

        var response = await g["rui"].Http.DeleteAsync($"/api/sessions/{g.Id}/participants/{g.Person("ana").Id}");

        await ProblemAssert.IsAsync(response, HttpStatusCode.Forbidden, "instigators");
    }

    [Fact]
    public async Task Remove_OfSomeoneNotOnTheRoster_IsNotFound()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, suffix: "-absent");

        var response = await g.Ines.Http.DeleteAsync($"/api/sessions/{g.Id}/participants/{Guid.NewGuid()}");

        await ProblemAssert.IsAsync(response, HttpStatusCode.NotFound, "not on this session's roster");
    }

    [Fact]
    public async Task TheLastInstigator_CanBeNeitherRemovedNorDemoted()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, suffix: "-last");
        var ines = g.Person("ines");

        var removal = await g.Admin.Http.DeleteAsync($"/api/sessions/{g.Id}/participants/{ines.Id}");
        var demotion = await g.Ines.PostAsync(g.Id, "participants", new { personId = ines.Id, role = "observer" });

        await ProblemAssert.IsAsync(removal, HttpStatusCode.Conflict, "last instigator");
        await ProblemAssert.IsAsync(demotion, HttpStatusCode.Conflict, "last instigator");
        var view = await g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}");
        Assert.Equal(ParticipantRole.Instigator, Assert.Single(view.Participants, p => p.PersonId == ines.Id).Role);
    }
}

using System.Collections.Immutable;
using System.Net;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.Sessions;

/// <summary>The incident commander: taken by a responder, handed over by the commander, given by an instigator.</summary>
public sealed class CommanderTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Scenario = PracticeFlowTests.Scenario;

    [Fact]
    public async Task AResponder_TakesCommand_AndHandsItOver_OnTheViewAndTheTimeline()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, suffix: "-ic");
        await g.Ines.PostAsync<SessionView>(g.Id, "start");

        var taken = await g["rui"].PostAsync<SessionView>(g.Id, "commander", new { personId = g.Person("rui").Id });
        var handed = await g["rui"].PostAsync<SessionView>(g.Id, "commander", new { personId = g.Person("ana").Id });

        Assert.Equal(g.Person("rui").Id, taken.Commander);
        Assert.Equal(g.Person("ana").Id, handed.Commander);
        Assert.Equal(g.Person("ana").Id, (await g["obi"].GetAsync<SessionView>($"/api/sessions/{g.Id}")).Commander);
        var timeline = await g["eva"].GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{g.Id}/timeline");
        Assert.Contains(timeline, e => e.Kind == TimelineKind.Commander && e.Text == "rui-ic took incident command." && e.Actor == "rui-ic");
        Assert.Contains(timeline, e => e.Kind == TimelineKind.Commander && e.Text == "rui-ic handed incident command to ana-ic.");
    }

    [Fact]
    public async Task AnotherResponder_CannotTakeCommandHeldBySomeoneElse()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, suffix: "-held");
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        await g["rui"].PostAsync<SessionView>(g.Id, "commander", new { personId = g.Person("rui").Id });

        var response = await g["ana"].PostAsync(g.Id, "commander", new { personId = g.Person("ana").Id });

        await ProblemAssert.IsAsync(response, HttpStatusCode.Forbidden, "rui-held holds incident command");
    }

    [Fact]
    public async Task AnInstigator_GivesCommandAnyTime()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, suffix: "-steer");
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        await g["rui"].PostAsync<SessionView>(g.Id, "commander", new { personId = g.Person("rui").Id });

        var view = await g.Ines.PostAsync<SessionView>(g.Id, "commander", new { personId = g.Person("eva").Id });

        Assert.Equal(g.Person("eva").Id, view.Commander);
        var timeline = await g["eva"].GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{g.Id}/timeline");
        Assert.Contains(timeline, e => e.Kind == TimelineKind.Commander && e.Text == "ines-steer gave incident command to eva-steer (from rui-steer).");
    }

    [Fact]
    public async Task AnObserver_MayNotSetTheCommander()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, suffix: "-watcher");
        await g.Ines.PostAsync<SessionView>(g.Id, "start");

        var response = await g["obi"].PostAsync(g.Id, "commander", new { personId = g.Person("rui").Id });

        await ProblemAssert.IsAsync(response, HttpStatusCode.Forbidden, "is an observer");
    }

    [Fact]
    public async Task BadPeople_AreRefusedNamingWhy()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, suffix: "-who");
        await g.Ines.PostAsync<SessionView>(g.Id, "start");

        var observer = await g["rui"].PostAsync(g.Id, "commander", new { personId = g.Person("obi").Id });
        var stranger = await g["rui"].PostAsync(g.Id, "commander", new { personId = Guid.NewGuid() });
        var nobody = await g["rui"].PostAsync(g.Id, "commander", new { });

        await ProblemAssert.IsAsync(observer, HttpStatusCode.Conflict, "obi-who is an observer, not a responder");
        await ProblemAssert.IsAsync(stranger, HttpStatusCode.NotFound, "is not on this session's roster");
        await ProblemAssert.IsAsync(nobody, HttpStatusCode.BadRequest, "personId is required");
    }

    [Fact]
    public async Task BeforeTheStart_IsAConflictNamingTheState()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, suffix: "-early");

        var response = await g["rui"].PostAsync(g.Id, "commander", new { personId = g.Person("rui").Id });

        await ProblemAssert.IsAsync(response, HttpStatusCode.Conflict, "while the session is Draft");
    }

    [Fact]
    public async Task TheHandover_IsInTheReportTimeline()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, suffix: "-report");
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        await g["rui"].PostAsync<SessionView>(g.Id, "commander", new { personId = g.Person("rui").Id });
        await g["rui"].PostAsync<SessionView>(g.Id, "resolve");
        await g["ana"].PostAsync<SessionView>(g.Id, "assessment", new
        {
            startMinute = 0, endMinute = 1, failedShares = new Dictionary<string, double> { ["get-object"] = 0.5 }, rootCause = "unknown", summary = "restarted",
        });
        await g.Ines.PostAsync<Debrief>(g.Id, "debrief");

        var report = await g["rui"].Http.GetStringAsync($"/api/sessions/{g.Id}/report.md");

        Assert.Contains("rui-report took incident command.", report, StringComparison.Ordinal);
    }
}

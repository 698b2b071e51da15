using System.Collections.Immutable;
using System.Net;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.Sessions;

/// <summary>What instigators and responders can do to a live session's cell, in each live state.</summary>
public sealed class LiveControlTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Scenario = PracticeFlowTests.Scenario;

    [Fact]
    public async Task Resolve_FromPaused_PacesTheCellAgain()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario);
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        factory.Clock.Advance(TimeSpan.FromSeconds(10));
        await g.Ines.PostAsync<SessionView>(g.Id, "pause");
        factory.Clock.Advance(TimeSpan.FromSeconds(30));

        var resolved = await g["rui"].PostAsync<SessionView>(g.Id, "resolve");
        factory.Clock.Advance(TimeSpan.FromSeconds(5));
        var later = await g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}");

        Assert.Equal(SessionStatus.Resolved, resolved.Status);
        Assert.Equal(10, resolved.Second);
        Assert.Equal(15, later.Second);
    }

    [Theory]
    [InlineData(SessionStatus.Resolved)]
    [InlineData(SessionStatus.Assessing)]
    public async Task Instigator_RevertsAFault_AfterRestorationIsDeclared(SessionStatus status)
    {
        using var g = await LiveAsync(status);

        var reverted = await g.Ines.Http.DeleteAsync($"/api/sessions/{g.Id}/faults/webapi-crash");
        var outcome = await PracticeClient.ReadAsync<CommandOutcome>(reverted);
        var view = await g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}");
        var timeline = await g.Ines.GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{g.Id}/timeline");

        Assert.True(outcome.Ok, outcome.Output);
        Assert.Equal(status, view.Status);
        Assert.DoesNotContain(view.Faults, f => f.Id == "webapi-crash" && f.Status == "active");
        Assert.Contains(timeline, e => e.Kind == TimelineKind.Revert && e.Actor == "ines");
    }

    [Theory]
    [InlineData(SessionStatus.Paused)]
    [InlineData(SessionStatus.Resolved)]
    [InlineData(SessionStatus.Assessing)]
    public async Task Instigator_Aborts_InAnyLiveState(SessionStatus status)
    {
        using var g = await LiveAsync(status);

        var aborted = await g.Ines.PostAsync<SessionView>(g.Id, "abort");

        Assert.Equal(SessionStatus.Aborted, aborted.Status);
        Assert.All(aborted.Faults, f => Assert.NotEqual("active", f.Status));
    }

    [Fact]
    public async Task Revert_AfterTheDebrief_Is409()
    {
        using var g = await LiveAsync(SessionStatus.Assessing);
        await g.Ines.PostAsync<Debrief>(g.Id, "debrief");

        var response = await g.Ines.Http.DeleteAsync($"/api/sessions/{g.Id}/faults/webapi-crash");

        await ProblemAssert.IsAsync(response, HttpStatusCode.Conflict, "Debriefed");
    }

    [Fact]
    public async Task Inject_OfAFaultAlreadyActive_Is409Problem_WithTheCellsReason_AndStaysOnTheTimeline()
    {
        using var g = await LiveAsync(SessionStatus.Running);

        var response = await g.Ines.PostAsync(g.Id, "faults", new { injectId = "webapi-crash" });
        var timeline = await g.Ines.GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{g.Id}/timeline");

        await ProblemAssert.IsAsync(response, HttpStatusCode.Conflict, "fault 'webapi-crash' is already active");
        Assert.Equal(TimelineKind.Inject, timeline[^1].Kind);
    }

    [Fact]
    public async Task Revert_OfAFaultNoLongerActive_Is409Problem_WithTheCellsReason()
    {
        using var g = await LiveAsync(SessionStatus.Running);
        await PracticeClient.ReadAsync<CommandOutcome>(await g.Ines.Http.DeleteAsync($"/api/sessions/{g.Id}/faults/webapi-crash"));

        var response = await g.Ines.Http.DeleteAsync($"/api/sessions/{g.Id}/faults/webapi-crash");

        await ProblemAssert.IsAsync(response, HttpStatusCode.Conflict, "webapi-crash");
    }

    /// <summary>A session with the fault injected, taken to <paramref name="status"/>.</summary>
    private async Task<PracticeGroup> LiveAsync(SessionStatus status)
    {
        var g = await PracticeGroup.CreateAsync(factory, Scenario);
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        await g.Ines.PostAsync<CommandOutcome>(g.Id, "faults", new { injectId = "webapi-crash" });
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        if (status == SessionStatus.Running)
        {
            return g;
        }
        if (status == SessionStatus.Paused)
        {
            await g.Ines.PostAsync<SessionView>(g.Id, "pause");
            return g;
        }
        await g["rui"].PostAsync<SessionView>(g.Id, "resolve");
        if (status == SessionStatus.Assessing)
        {
            await g["rui"].PostAsync<SessionView>(g.Id, "assessment", new { startMinute = 0, endMinute = 1, failedShares = new Dictionary<string, double>(), rootCause = "crash", summary = "s" });
        }
        return g;
    }
}

using System.Collections.Immutable;
using System.Net;
using PracticePlatform.Contracts.Participants;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.Sessions;

/// <summary>Paused means frozen, not deaf: reading tools answer from the frozen cell, remediations wait for the resume.</summary>
public sealed class PausedCommandsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task WhilePaused_AReadAnswers_WithoutMovingOrChangingTheCell()
    {
        using var g = await PausedAsync();
        var before = await g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}");

        var look = await g["rui"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcs -x" });
        var after = await g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}");
        var timeline = await g["rui"].GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{g.Id}/timeline");

        Assert.True(look.Ok, look.Output);
        Assert.NotEmpty(look.Output);
        Assert.False(look.ChangedState);
        Assert.Equal(before.Second, look.Second);
        Assert.Equal(before.Second, after.Second);
        Assert.Equal(before.Digest, after.Digest);
        Assert.Contains(timeline, e => e.Kind == TimelineKind.Command && e.Text == "svcs -x");
    }

    [Fact]
    public async Task WhilePaused_ARemediationIs409_NamingTheCommandAndThePause_AndWorksAfterTheResume()
    {
        using var g = await PausedAsync();

        var refused = await g["ana"].PostAsync(g.Id, "commands", new { commandLine = "svcadm clear webapi" });
        await ProblemAssert.IsAsync(refused, HttpStatusCode.Conflict, "'svcadm clear webapi' was not run: the practice is paused");
        var history = await g["ana"].GetAsync<ImmutableArray<CommandRecord>>($"/api/sessions/{g.Id}/commands");
        await g.Ines.PostAsync<SessionView>(g.Id, "resume");
        var fixedNow = await g["ana"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcadm clear webapi" });

        Assert.Empty(history);
        Assert.True(fixedNow.Ok, fixedNow.Output);
        Assert.True(fixedNow.ChangedState);
    }

    /// <summary>A running practice with webapi crashed, paused.</summary>
    private async Task<PracticeGroup> PausedAsync()
    {
        var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario);
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        await g.Ines.PostAsync<CommandOutcome>(g.Id, "faults", new { injectId = "webapi-crash" });
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        await g.Ines.PostAsync<SessionView>(g.Id, "pause");
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        return g;
    }
}

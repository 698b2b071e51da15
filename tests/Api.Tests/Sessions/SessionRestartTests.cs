using System.Collections.Immutable;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.Sessions;

public sealed class SessionRestartTests
{
    [Fact]
    public async Task Restart_MidSession_LosesNoAcknowledgedAction_AndTheSessionCarriesOn()
    {
        var before = new ApiFactory { KeepsDataFolder = true };
        Guid id;
        SessionView running;
        ImmutableArray<TimelineEntry> timeline;
        PracticeGroup g;
        using (g = await PracticeGroup.CreateAsync(before, PracticeFlowTests.Scenario))
        {
            id = g.Id;
            await g["ines"].PostAsync<SessionView>(id, "start");
            before.Clock.Advance(TimeSpan.FromSeconds(50));
            await g["ines"].PostAsync<CommandOutcome>(id, "faults", new { injectId = "webapi-crash" });
            before.Clock.Advance(TimeSpan.FromSeconds(40));
            await g["rui"].PostAsync<CommandOutcome>(id, "commands", new { commandLine = "svcs -xv" });
            await g["ana"].PostAsync<TimelineEntry>(id, "channel", new { kind = "helpRequest", text = "where do the webapi logs go?" });
            running = await g.Ines.GetAsync<SessionView>($"/api/sessions/{id}");
            timeline = await g.Ines.GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{id}/timeline");
        }
        await before.DisposeAsync();

        await using var after = before.Restarted();
        using var again = new PracticeClient(after.CreateClient(), g.Ines.Token);
        using var rui = new PracticeClient(after.CreateClient(), g["rui"].Token);
        var resumed = await again.GetAsync<SessionView>($"/api/sessions/{id}");
        var replayedTimeline = await again.GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{id}/timeline");

        Assert.Equal(SessionStatus.Running, resumed.Status);
        Assert.Equal(90, running.Second);
        Assert.Equal(running.Second, resumed.Second);
        Assert.Equal(running.Digest, resumed.Digest);
        Assert.Equal(timeline.AsEnumerable(), replayedTimeline.AsEnumerable());

        after.Clock.Advance(TimeSpan.FromSeconds(30));
        var fix = await rui.PostAsync<CommandOutcome>(id, "commands", new { commandLine = "svcadm clear webapi" });
        Assert.True(fix.Ok, fix.Output);
        Assert.Equal(120, fix.Second);
    }
}

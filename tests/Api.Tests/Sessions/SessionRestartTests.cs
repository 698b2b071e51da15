using System.Collections.Immutable;
using PracticePlatform.Grains.Sessions;

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
        using (var api = PracticeClient.For(before))
        {
            id = (await api.CreateWithRosterAsync(PracticeFlowTests.Scenario)).Id;
            await api.PostAsync<SessionView>(id, "start", new { actor = "ines" });
            before.Clock.Advance(TimeSpan.FromSeconds(50));
            await api.PostAsync<CommandOutcome>(id, "faults", new { actor = "ines", injectId = "webapi-crash" });
            before.Clock.Advance(TimeSpan.FromSeconds(40));
            await api.PostAsync<CommandOutcome>(id, "commands", new { actor = "rui", commandLine = "svcs -xv" });
            await api.PostAsync<TimelineEntry>(id, "channel", new { actor = "ana", kind = "helpRequest", text = "where do the webapi logs go?" });
            running = await api.GetAsync<SessionView>($"/api/sessions/{id}");
            timeline = await api.GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{id}/timeline");
        }
        await before.DisposeAsync();

        await using var after = before.Restarted();
        using var again = PracticeClient.For(after);
        var resumed = await again.GetAsync<SessionView>($"/api/sessions/{id}");
        var replayedTimeline = await again.GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{id}/timeline");

        Assert.Equal(SessionStatus.Running, resumed.Status);
        Assert.Equal(90, running.Second);
        Assert.Equal(running.Second, resumed.Second);
        Assert.Equal(running.Digest, resumed.Digest);
        Assert.Equal(timeline.AsEnumerable(), replayedTimeline.AsEnumerable());

        after.Clock.Advance(TimeSpan.FromSeconds(30));
        var fix = await again.PostAsync<CommandOutcome>(id, "commands", new { actor = "rui", commandLine = "svcadm clear webapi" });
        Assert.True(fix.Ok, fix.Output);
        Assert.Equal(120, fix.Second);
    }
}

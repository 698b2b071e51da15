using PracticePlatform.Contracts.Sessions;
using System.Collections.Immutable;
using System.Net;
using PracticePlatform.Grains.Sessions;

namespace PracticePlatform.Api.Tests.Sessions;

public sealed class ScheduledStartTests
{
    [Fact]
    public async Task ScheduledSession_StartsItselfAtItsTime()
    {
        await using var factory = new ApiFactory();
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario, scheduledStart: factory.Clock.GetUtcNow().AddMinutes(10));

        var before = await g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}");
        for (var minute = 0; minute < 10; minute++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        var after = await g["rui"].GetAsync<SessionView>($"/api/sessions/{g.Id}");
        var timeline = await g["rui"].GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{g.Id}/timeline");

        Assert.Equal(SessionStatus.Scheduled, before.Status);
        Assert.Equal(SessionStatus.Running, after.Status);
        Assert.Contains(timeline, e => e.Actor == "platform" && e.Text == "Session started.");
    }

    [Fact]
    public async Task ScheduledSession_StartsAfterAProcessRestartThatSpannedItsTime()
    {
        var before = new ApiFactory { KeepsDataFolder = true };
        var g = await PracticeGroup.CreateAsync(before, PracticeFlowTests.Scenario, scheduledStart: before.Clock.GetUtcNow().AddMinutes(5));
        var token = g["rui"].Token;
        g.Dispose();
        await before.DisposeAsync();
        before.Clock.Advance(TimeSpan.FromMinutes(30));

        await using var after = before.Restarted();
        using var rui = new PracticeClient(after.CreateClient(), token);
        // The reminder that fell due while the process was down ticks once at start-up, on the next timer pass.
        after.Clock.Advance(TimeSpan.FromSeconds(1));
        var view = await rui.GetAsync<SessionView>($"/api/sessions/{g.Id}");

        Assert.Equal(SessionStatus.Running, view.Status);
        Assert.InRange(view.Second, 0, 1);
    }

    [Fact]
    public async Task ScheduledStart_InThePast_Is400()
    {
        await using var factory = new ApiFactory();
        using var admin = PracticeClient.Admin(factory);

        var response = await admin.Http.PostAsync("/api/sessions", System.Net.Http.Json.JsonContent.Create(
            new { scenarioId = PracticeFlowTests.Scenario, scheduledStart = factory.Clock.GetUtcNow().AddMinutes(-1) }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not in the future", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

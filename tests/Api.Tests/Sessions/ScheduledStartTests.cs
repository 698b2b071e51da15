using System.Collections.Immutable;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Testing;

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
        var after = await Eventually.MatchesAsync(
            () => g["rui"].GetAsync<SessionView>($"/api/sessions/{g.Id}"), v => v.Status == SessionStatus.Running, "the start reminder to start the session");
        var timeline = await g["rui"].GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{g.Id}/timeline");

        Assert.Equal(SessionStatus.Scheduled, before.Status);
        Assert.Equal(SessionStatus.Running, after.Status);
        Assert.Contains(timeline, e => e.Actor == "platform" && e.Text == "Session started.");
        Assert.DoesNotContain(timeline, e => e.Text.Contains("late", StringComparison.Ordinal));
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
        // Orleans skips the ticks missed while no silo ran; the next one comes within the reminder's 1-minute period.
        after.Clock.Advance(TimeSpan.FromMinutes(1));
        var view = await Eventually.MatchesAsync(
            () => rui.GetAsync<SessionView>($"/api/sessions/{g.Id}"), v => v.Status == SessionStatus.Running, "the start reminder's first tick after the restart");
        var timeline = await rui.GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{g.Id}/timeline");

        Assert.InRange(view.Second, 0, 60);
        Assert.Contains(timeline, e => e.Actor == "platform" && e.Text.StartsWith("Started 26 min late: no silo was running at the scheduled", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(44)]
    public async Task ScheduledSession_DaysAhead_StartsAtItsTime(int days)
    {
        await using var factory = new ApiFactory();
        var start = factory.Clock.GetUtcNow().AddDays(days);
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario, scheduledStart: start);

        // Orleans's reminder service re-arms its timers as the clock passes: leap to just before the start, then walk.
        factory.Clock.Advance(start - factory.Clock.GetUtcNow() - TimeSpan.FromMinutes(2));
        for (var minute = 0; minute < 3; minute++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        var view = await Eventually.MatchesAsync(
            () => g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}"), v => v.Status == SessionStatus.Running, $"the session scheduled {days} days ahead to start");

        Assert.Equal(start, view.ScheduledStart);
    }

    [Theory]
    [InlineData(50)]
    [InlineData(399)]
    [InlineData(1200)]
    public async Task ScheduledSession_BeyondTheLongestReminderDueTime_IsAccepted_WithADailyHopFrom45DaysBefore(int days)
    {
        await using var factory = new ApiFactory();
        var start = factory.Clock.GetUtcNow().AddDays(days);
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario, scheduledStart: start);
        var reminders = factory.Services.GetRequiredService<Orleans.IReminderTable>();

        var view = await g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}");
        var hop = await reminders.ReadRow(Orleans.Runtime.GrainId.Create("session", g.Id.ToString("N")), "start-hop");

        Assert.Equal(SessionStatus.Scheduled, view.Status);
        Assert.Equal(start, view.ScheduledStart);
        Assert.NotNull(hop);
        Assert.Equal(start.AddDays(-45).UtcDateTime, hop.StartAt);
        Assert.Equal(TimeSpan.FromDays(1), hop.Period);
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

using System.Collections.Immutable;
using PracticePlatform.Api.Tests.Sessions;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Testing;

namespace PracticePlatform.Api.Tests.EndToEnd;

/// <summary>A notification whose delivery had not settled when the process stopped goes out after the restart.</summary>
public sealed class NotificationOutboxTests
{
    [Fact]
    public async Task UnsettledNotification_IsDeliveredAfterARestart()
    {
        await using var webhooks = WebhookReceiver.Start();
        webhooks.Mode = WebhookReceiverMode.ServerError;
        var before = Host(new ApiFactory { KeepsDataFolder = true });
        var g = await PracticeGroup.CreateAsync(before, PracticeFlowTests.Scenario, notifications: new { webhooks = new[] { webhooks.Url } });
        var started = (await g.Ines.PostAsync<SessionView>(g.Id, "start")).Id;
        // The first attempt fails; the retry waits on the manual clock, which does not move before the stop.
        await webhooks.WaitForCountAsync(1);
        await before.DisposeAsync();

        webhooks.Mode = WebhookReceiverMode.Accept;
        await using var after = Host(before.Restarted());
        g.Rebind(after);
        var timeline = await g.Ines.GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{started}/timeline");
        var startedEntry = timeline.Single(e => e.Text == "Session started.");
        var bodies = await webhooks.WaitForCountAsync(2);
        g.Dispose();

        Assert.Contains("Session started.", bodies[1].Body, StringComparison.Ordinal);
        Assert.Contains(started.ToString(), bodies[1].Body, StringComparison.Ordinal);
        Assert.True(startedEntry.Sequence > 0);
    }

    private static ApiFactory Host(ApiFactory factory)
    {
        factory.Settings["Practice:Notifications:DrainTimeout"] = "00:00:00.200";
        return factory;
    }
}

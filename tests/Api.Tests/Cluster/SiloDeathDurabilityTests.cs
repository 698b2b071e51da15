using System.Diagnostics;
using PracticePlatform.Api.Tests.Sessions;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Testing;

namespace PracticePlatform.Api.Tests.Cluster;

/// <summary>
/// What a session owes its people when the silo holding it dies: its scheduled start still happens, from a survivor,
/// and its notifications still go out (at least once). Real processes on the real clock: a reminder's shortest
/// due time is a minute, so these tests wait for it, bounded.
/// </summary>
[Collection(SiloClusterCollection.Name)]
public sealed class SiloDeathDurabilityTests(SiloCluster cluster) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly WebhookReceiver _webhooks = WebhookReceiver.Start();

    public Task InitializeAsync() => cluster.SettledAsync();

    [Fact]
    public async Task AScheduledStart_WhoseSiloDied_HappensOnASurvivor()
    {
        var start = DateTimeOffset.UtcNow.AddSeconds(70);
        using var g = await PracticeGroup.CreateAsync(cluster.CreateClient, SiloCluster.AdminToken, PracticeFlowTests.Scenario, suffix: "-sched", scheduledStart: start);
        var killed = await ClusterSessions.HostOfAsync(cluster, g);

        await cluster.KillSiloAsync(killed);
        try
        {
            var view = await ClusterSessions.WaitForAsync(g, Patience, "the scheduled start", v => v.Status == SessionStatus.Running);
            var timeline = await g.Ines.GetAsync<List<TimelineEntry>>($"/api/sessions/{g.Id}/timeline");
            var started = Assert.Single(timeline, e => e.Text == "Session started.");
            Assert.InRange(started.WallTime, start, start.AddSeconds(90));
            Assert.Equal(SessionStatus.Running, view.Status);
        }
        finally
        {
            await cluster.StartSiloAsync(killed);
            await cluster.SettledAsync();
        }
    }

    [Fact]
    public async Task ANotification_NotYetDelivered_WhenItsSiloDied_IsDeliveredFromASurvivor()
    {
        _webhooks.Mode = WebhookReceiverMode.ServerError;
        using var g = await PracticeGroup.CreateAsync(cluster.CreateClient, SiloCluster.AdminToken, PracticeFlowTests.Scenario, suffix: "-outbox", notifications: new { webhooks = new[] { _webhooks.Url } });
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        await _webhooks.WaitForAsync(w => IsStartOf(w, g), "a first, failing delivery of the start", Patience);
        var killed = await ClusterSessions.HostOfAsync(cluster, g);

        await cluster.KillSiloAsync(killed);
        var failed = _webhooks.Received.Count;
        _webhooks.Mode = WebhookReceiverMode.Accept;
        try
        {
            var clock = Stopwatch.StartNew();
            while (!_webhooks.Received.Skip(failed).Any(w => IsStartOf(w, g)))
            {
                Assert.True(clock.Elapsed < Patience, "The start's notification was not delivered again after its silo died.");
                // Reading the session brings it back on a survivor sooner than its next reminder would.
                await ClusterSessions.ReadAsync(g);
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
        finally
        {
            await cluster.StartSiloAsync(killed);
            await cluster.SettledAsync();
        }
    }

    public async Task DisposeAsync() => await _webhooks.DisposeAsync();

    private static bool IsStartOf(ReceivedWebhook webhook, PracticeGroup g) =>
        webhook.Body.Contains(g.Id.ToString(), StringComparison.Ordinal) && webhook.Body.Contains("Session started.", StringComparison.Ordinal);
}

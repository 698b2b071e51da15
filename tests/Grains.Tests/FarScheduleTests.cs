using Microsoft.Extensions.DependencyInjection;
using PracticePlatform.Contracts.Notifications;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Testing;

namespace PracticePlatform.Grains.Tests;

/// <summary>
/// Sessions scheduled further ahead than an Orleans reminder's longest due time (about 49 days) start at their
/// time: a daily hop reminder arms the start reminder once the start is 45 days away. The fake clock leaps to just
/// before each reminder is due, then walks minute by minute over it, waiting for each effect before moving on.
/// </summary>
[Collection(FarScheduleCollection.Name)]
public sealed class FarScheduleTests(FarScheduleCluster cluster)
{
    [Theory]
    [InlineData(10)]
    [InlineData(50)]
    [InlineData(399)]
    public async Task ASessionScheduledDaysAhead_StartsOnTime(int days)
    {
        var id = Guid.NewGuid();
        var session = cluster.Client.GetGrain<ISessionGrain>(id);
        var start = cluster.Clock.GetUtcNow().AddDays(days);
        await session.CreateAsync(Caller.Admin, new NewSession("manta-webapi-crash", 3, start, null, NotificationTargets.None));
        await session.AddParticipantAsync(Caller.Admin, await PersonAsync("Ines Far", canInstigate: true), ParticipantRole.Instigator, adminOverride: false);
        await session.AddParticipantAsync(Caller.Admin, await PersonAsync("Rui Far", canInstigate: false), ParticipantRole.Responder, adminOverride: false);
        var grainId = GrainId.Create("session", id.ToString("N"));

        if (days > 45)
        {
            Assert.Null(await ReminderAsync(grainId, "start"));
            await WalkOverAsync(start.AddDays(-45), async () => await ReminderAsync(grainId, "start") is not null);
            var armed = await ReminderAsync(grainId, "start");
            Assert.Equal(start.UtcDateTime, armed!.StartAt);
            Assert.Equal(SessionStatus.Scheduled, (await session.GetAsync(Caller.Admin)).Status);
        }
        await WalkOverAsync(start, async () => (await session.GetAsync(Caller.Admin)).Status == SessionStatus.Running);

        var timeline = (await session.ReadTimelineAsync(Caller.Admin, TimelineCursor.Start)).Entries;
        var started = Assert.Single(timeline, e => e.Text == "Session started.");
        Assert.InRange(started.WallTime, start, start.AddMinutes(2));
        Assert.DoesNotContain(timeline, e => e.Text.Contains("late", StringComparison.Ordinal));
        Assert.Null(await ReminderAsync(grainId, "start-hop"));
        // Aborted, so that no running session's pacing has to cover the next test's leap.
        await session.AbortAsync(Caller.Admin);
    }

    /// <summary>
    /// Leaps the clock to shortly before <paramref name="due"/>, then steps it a minute at a time until
    /// <paramref name="happened"/> holds. Orleans keeps a reminder that is further off than its loading window (10
    /// minutes) only in the table and loads it at a list refresh (every 5 minutes, on the fake clock): the walk
    /// covers two refreshes before the due time, and from the due time on gives each step's turns a bounded real
    /// moment to run.
    /// </summary>
    private async Task WalkOverAsync(DateTimeOffset due, Func<Task<bool>> happened)
    {
        cluster.Clock.Advance(due.AddMinutes(-11) - cluster.Clock.GetUtcNow());
        while (cluster.Clock.GetUtcNow() < due.AddMinutes(5))
        {
            cluster.Clock.Advance(TimeSpan.FromMinutes(1));
            var patience = cluster.Clock.GetUtcNow() < due ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromSeconds(3);
            if (await Eventually.HoldsAsync(happened, patience))
            {
                Assert.True(cluster.Clock.GetUtcNow() >= due, $"it happened before {due:u}, at {cluster.Clock.GetUtcNow():u}");
                return;
            }
        }
        Assert.Fail($"nothing happened within 5 minutes of {due:u} on the fake clock");
    }

    private Task<ReminderEntry?> ReminderAsync(GrainId grainId, string name) =>
        cluster.SiloServices.GetRequiredService<IReminderTable>().ReadRow(grainId, name)!;

    private async Task<Guid> PersonAsync(string name, bool canInstigate)
    {
        var id = Guid.NewGuid();
        await cluster.Client.GetGrain<IPersonGrain>(id).CreateAsync(new NewPerson(name, null, Experience.Intermediate, new Prerequisites(true, true), canInstigate, id.ToString("N")));
        return id;
    }
}

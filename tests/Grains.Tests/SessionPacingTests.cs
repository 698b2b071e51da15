using PracticePlatform.Contracts.Notifications;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.Tests;

/// <summary>
/// A session paces its cell from its own timer and reminder turns; no grain calls itself through its own reference,
/// so no call cycle (which Orleans would end only after the 30 s response timeout) arises, even at speed 100 with
/// callers reading the session while it paces.
/// </summary>
[Collection(GrainsCollection.Name)]
public sealed class SessionPacingTests(GrainsCluster cluster)
{
    [Fact]
    public async Task ASessionAtSpeed100_PacedByTimerAndReminder_AnswersEveryReaderPromptly()
    {
        var session = cluster.Client.GetGrain<ISessionGrain>(Guid.NewGuid());
        await session.CreateAsync(Caller.Admin, new NewSession("manta-webapi-crash", 3, null, null, NotificationTargets.None));
        await session.AddParticipantAsync(Caller.Admin, await PersonAsync("Ines Pace", canInstigate: true), ParticipantRole.Instigator, adminOverride: false);
        await session.AddParticipantAsync(Caller.Admin, await PersonAsync("Rui Pace", canInstigate: false), ParticipantRole.Responder, adminOverride: false);
        await session.StartAsync(Caller.Admin);
        await session.SetSpeedAsync(Caller.Admin, 100);

        for (var minute = 0; minute < 2; minute++)
        {
            cluster.Clock.Advance(TimeSpan.FromMinutes(1));
            // Readers arrive while the advanced clock's timer and reminder turns run: each answers well inside the timeout.
            var reads = Enumerable.Range(0, 5).Select(_ => session.ReadTimelineAsync(Caller.Admin, TimelineCursor.Start)).ToList();
            await Task.WhenAll(reads).WaitAsync(TimeSpan.FromSeconds(10), TimeProvider.System);
        }
        var view = await session.GetAsync(Caller.Admin).WaitAsync(TimeSpan.FromSeconds(10), TimeProvider.System);

        Assert.Equal(SessionStatus.Running, view.Status);
        Assert.Equal(100, view.Speed);
        Assert.Equal(2 * 60 * 100, view.Second);
    }

    private async Task<Guid> PersonAsync(string name, bool canInstigate)
    {
        var id = Guid.NewGuid();
        await cluster.Client.GetGrain<IPersonGrain>(id).CreateAsync(new NewPerson(name, null, Experience.Intermediate, new Prerequisites(true, true), canInstigate, id.ToString("N")));
        return id;
    }
}

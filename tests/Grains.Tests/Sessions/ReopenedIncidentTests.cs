using PracticePlatform.Contracts.Notifications;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.Tests.Sessions;

/// <summary>
/// Restored follows the cell: webapi cleared at minute 4 meets the criteria before the crash's later wave at
/// minute 12, which crashes them all again; the declared restoration is then reopened.
/// </summary>
[Collection(GrainsCollection.Name)]
public sealed class ReopenedIncidentTests(GrainsCluster cluster)
{
    [Fact]
    public async Task A_later_wave_after_the_declaration_reopens_the_incident()
    {
        var session = cluster.Client.GetGrain<ISessionGrain>(Guid.NewGuid());
        await session.CreateAsync(Caller.Admin, new NewSession("manta-webapi-crash", 3, null, null, NotificationTargets.None));
        await session.AddParticipantAsync(Caller.Admin, await PersonAsync("Ines Reopen", canInstigate: true), ParticipantRole.Instigator, adminOverride: false);
        var rui = await PersonAsync("Rui Reopen", canInstigate: false);
        await session.AddParticipantAsync(Caller.Admin, rui, ParticipantRole.Responder, adminOverride: false);
        var responder = Caller.Person(rui, "Rui Reopen", canInstigate: false);
        await session.StartAsync(Caller.Admin);
        await session.SetSpeedAsync(Caller.Admin, 60);

        await AdvanceToAsync(session, 4 * 60);
        Assert.True((await session.RunCommandAsync(responder, "svcadm clear webapi")).ChangedState);
        await AdvanceToAsync(session, 11 * 60 + 30);
        Assert.Contains(await TimelineAsync(session), e => e.Text == "The cell meets its resolution criteria.");
        Assert.Equal(SessionStatus.Resolved, (await session.DeclareRestoredAsync(responder)).Status);

        await AdvanceToAsync(session, 14 * 60);

        var view = await session.GetAsync(Caller.Admin);
        Assert.Equal(SessionStatus.Running, view.Status);
        var reopened = Assert.Single(await TimelineAsync(session), e => e.Text.StartsWith("The cell no longer meets its resolution criteria", StringComparison.Ordinal));
        Assert.InRange(reopened.Second, 12 * 60, 14 * 60);
        Assert.True((await session.RunCommandAsync(responder, "svcadm clear webapi")).ChangedState);
    }

    private async Task AdvanceToAsync(ISessionGrain session, long second)
    {
        // Each second of the clock is a minute of the cell at speed 60; every step is read so the session syncs.
        while ((await session.GetAsync(Caller.Admin)).Second < second)
        {
            cluster.Clock.Advance(TimeSpan.FromSeconds(1));
        }
    }

    private static async Task<List<TimelineEntry>> TimelineAsync(ISessionGrain session) =>
        [.. (await session.ReadTimelineAsync(Caller.Admin, TimelineCursor.Start)).Entries];

    private async Task<Guid> PersonAsync(string name, bool canInstigate)
    {
        var id = Guid.NewGuid();
        await cluster.Client.GetGrain<IPersonGrain>(id).CreateAsync(new NewPerson(name, null, Experience.Intermediate, new Prerequisites(true, true), canInstigate, id.ToString("N")));
        return id;
    }
}

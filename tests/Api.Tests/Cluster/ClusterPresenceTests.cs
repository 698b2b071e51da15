using PracticePlatform.Api.Tests.Sessions;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Testing;

namespace PracticePlatform.Api.Tests.Cluster;

/// <summary>
/// Presence across frontends: consoles served by two frontend processes in front of the cluster see each other come
/// and go, since presence lives in a grain rather than in any one process.
/// </summary>
[Collection(SiloClusterCollection.Name)]
public sealed class ClusterPresenceTests(SiloCluster cluster)
{
    [Fact]
    public async Task ConsolesOnTwoFrontends_SeeEachOtherComeAndGo()
    {
        await cluster.SettledAsync();
        using var g = await PracticeGroup.CreateAsync(cluster.CreateClient, SiloCluster.AdminToken, PracticeFlowTests.Scenario, suffix: "-presence");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var rui = g.Person("rui").Name;
        var obi = g.Person("obi").Name;
        using var obiElsewhere = new PracticeClient(cluster.SecondFrontend.CreateClient(), g["obi"].Token);

        using var ruiFeed = await PresenceEvents.OpenFeedAsync(g["rui"], g.Id, timeout.Token);
        await PresenceEvents.ReadUntilAsync(ruiFeed.Reader, p => PresenceEvents.Names(p) == rui, timeout.Token);
        var obiFeed = await PresenceEvents.OpenFeedAsync(obiElsewhere, g.Id, timeout.Token);
        await PresenceEvents.ReadUntilAsync(obiFeed.Reader, p => PresenceEvents.Names(p) == $"{rui},{obi}", timeout.Token);
        await PresenceEvents.ReadUntilAsync(ruiFeed.Reader, p => PresenceEvents.Names(p) == $"{rui},{obi}", timeout.Token);

        obiFeed.Dispose();
        await PresenceEvents.ReadUntilAsync(ruiFeed.Reader, p => PresenceEvents.Names(p) == rui, timeout.Token);
        Assert.Equal(rui, PresenceEvents.Names(await obiElsewhere.GetAsync<SessionPresence>($"/api/sessions/{g.Id}/presence")));
    }
}

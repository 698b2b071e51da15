using PracticePlatform.Contracts.Notifications;
using PracticePlatform.Contracts.People;
using PracticePlatform.Contracts.Scenarios;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Grains.Tests;

/// <summary>The exceptions the API turns into problem+json reach a client-only caller with their type and message intact.</summary>
[Collection(GrainsCollection.Name)]
public sealed class ExceptionsAcrossCallsTests(GrainsCluster cluster)
{
    private const string Scenario = "manta-webapi-crash";

    [Fact]
    public async Task CreatingASessionTwice_ThrowsSessionRuleException_WithItsMessage()
    {
        var session = cluster.Client.GetGrain<ISessionGrain>(Guid.NewGuid());
        await session.CreateAsync(Caller.Admin, NewSession());

        var refused = await Assert.ThrowsAsync<SessionRuleException>(() => session.CreateAsync(Caller.Admin, NewSession()));

        Assert.Equal("The session already exists.", refused.Message);
    }

    [Fact]
    public async Task AnUnknownSession_ThrowsSessionNotFoundException_WithItsMessage()
    {
        var id = Guid.NewGuid();

        var missing = await Assert.ThrowsAsync<SessionNotFoundException>(() => cluster.Client.GetGrain<ISessionGrain>(id).GetAsync(Caller.Admin));

        Assert.Equal($"No session {id}.", missing.Message);
    }

    [Fact]
    public async Task APersonWhoMayNotInstigate_ThrowsParticipantNotAllowedException_WithItsMessage()
    {
        var caller = Caller.Person(Guid.NewGuid(), "Rui", canInstigate: false);

        var refused = await Assert.ThrowsAsync<ParticipantNotAllowedException>(
            () => cluster.Client.GetGrain<ISessionGrain>(Guid.NewGuid()).CreateAsync(caller, NewSession()));

        Assert.Equal("Rui may not create sessions; an admin allows a person to instigate.", refused.Message);
    }

    [Fact]
    public async Task AStartInThePast_ThrowsSessionArgumentException_WithItsMessage()
    {
        var past = cluster.Clock.GetUtcNow().AddMinutes(-1);

        var refused = await Assert.ThrowsAsync<SessionArgumentException>(
            () => cluster.Client.GetGrain<ISessionGrain>(Guid.NewGuid()).CreateAsync(Caller.Admin, NewSession() with { ScheduledStart = past }));

        Assert.Equal($"The scheduled start {past:O} is not in the future.", refused.Message);
    }

    [Fact]
    public async Task ABrokenUpload_ThrowsScenarioUploadException_WithEveryProblemAtItsPlace()
    {
        var catalog = cluster.Client.GetGrain<IScenarioCatalogGrain>(IScenarioCatalogGrain.Key);

        var refused = await Assert.ThrowsAsync<ScenarioUploadException>(() => catalog.UploadAsync("id: broken\nversion: [", "broken.yaml", "admin"));

        Assert.NotEmpty(refused.Problems);
        Assert.All(refused.Problems, problem => Assert.Matches(@"^broken\.yaml:\d+:\d+: ", problem));
        Assert.StartsWith($"The scenario has {refused.Problems.Length} problem(s): ", refused.Message, StringComparison.Ordinal);
    }

    private static NewSession NewSession() => new(Scenario, 7, null, null, NotificationTargets.None);
}

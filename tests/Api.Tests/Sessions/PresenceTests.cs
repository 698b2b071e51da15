using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.Sessions;

/// <summary>
/// Presence: who has the session's console open now, from their live feeds' beats; a closed feed leaves at once, a
/// feed that stops beating is forgotten after the expiry (by the injected clock); who may ask.
/// </summary>
public sealed class PresenceTests
{
    [Fact]
    public async Task Presence_ListsEachOpenConsole_AndDropsOneWhenItsFeedCloses()
    {
        await using var factory = new ApiFactory();
        // A refresh an hour away: only presence's own long-poll can tell an open feed of people coming and going.
        factory.Settings["Practice:Console:RefreshMilliseconds"] = "3600000";
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var rui = g.Person("rui").Name;
        var obi = g.Person("obi").Name;

        using var ruiFeed = await PresenceEvents.OpenFeedAsync(g["rui"], g.Id, timeout.Token);
        await PresenceEvents.ReadUntilAsync(ruiFeed.Reader, p => PresenceEvents.Names(p) == rui, timeout.Token);
        var obiFeed = await PresenceEvents.OpenFeedAsync(g["obi"], g.Id, timeout.Token);
        await PresenceEvents.ReadUntilAsync(obiFeed.Reader, p => PresenceEvents.Names(p) == $"{rui},{obi}", timeout.Token);
        await PresenceEvents.ReadUntilAsync(ruiFeed.Reader, p => PresenceEvents.Names(p) == $"{rui},{obi}", timeout.Token);

        var both = await g.Ines.GetAsync<SessionPresence>($"/api/sessions/{g.Id}/presence");
        Assert.Equal([(rui, ParticipantRole.Responder), (obi, ParticipantRole.Observer)], both.People.Select(p => (p.Name, p.Role)));
        Assert.Equal(g.Person("obi").Id, both.People[1].PersonId);

        obiFeed.Dispose();
        await PresenceEvents.ReadUntilAsync(ruiFeed.Reader, p => PresenceEvents.Names(p) == rui, timeout.Token);
        Assert.Equal(rui, PresenceEvents.Names(await g["rui"].GetAsync<SessionPresence>($"/api/sessions/{g.Id}/presence")));
    }

    [Fact]
    public async Task Presence_ForgetsAConsoleWhoseFrontendDied_AfterTheExpiry_AndTellsTheOthers()
    {
        await using var factory = new ApiFactory();
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var rui = g.Person("rui").Name;
        var obi = g.Person("obi").Name;
        using var ruiFeed = await PresenceEvents.OpenFeedAsync(g["rui"], g.Id, timeout.Token);
        await PresenceEvents.ReadUntilAsync(ruiFeed.Reader, p => PresenceEvents.Names(p) == rui, timeout.Token);
        // Obi's console on a frontend that then died: one beat, never a leave.
        var presence = factory.Services.GetRequiredService<IGrainFactory>().GetGrain<ISessionPresenceGrain>(g.Id);
        await presence.BeatAsync(Guid.NewGuid(), new PresentPerson(g.Person("obi").Id, obi, ParticipantRole.Observer));
        await PresenceEvents.ReadUntilAsync(ruiFeed.Reader, p => PresenceEvents.Names(p) == $"{rui},{obi}", timeout.Token);

        // Rui's open feed beats on the same clock, every 10 s: steps shorter than that keep it present throughout.
        for (var step = 0; step < 3; step++)
        {
            factory.Clock.Advance(ISessionPresenceGrain.BeatEvery);
        }
        Assert.Equal($"{rui},{obi}", PresenceEvents.Names(await g.Ines.GetAsync<SessionPresence>($"/api/sessions/{g.Id}/presence")));
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(rui, PresenceEvents.Names(await g.Ines.GetAsync<SessionPresence>($"/api/sessions/{g.Id}/presence")));
        await PresenceEvents.ReadUntilAsync(ruiFeed.Reader, p => PresenceEvents.Names(p) == rui, timeout.Token);
    }

    [Fact]
    public async Task Presence_IsForParticipantsAndAdmins_403ForOthers_404ForAnUnknownSession()
    {
        await using var factory = new ApiFactory();
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario, suffix: "-who");
        using var other = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario, suffix: "-other");
        var path = $"/api/sessions/{g.Id}/presence";

        foreach (var allowed in new[] { g.Ines, g["rui"], g["obi"], g.Admin })
        {
            Assert.Equal(HttpStatusCode.OK, (await allowed.Http.GetAsync(path)).StatusCode);
        }
        await ProblemAssert.IsAsync(await other["rui"].Http.GetAsync(path), HttpStatusCode.Forbidden, "not on this session's roster");
        await ProblemAssert.IsAsync(await other.Ines.Http.GetAsync(path), HttpStatusCode.Forbidden, "not on this session's roster");
        await ProblemAssert.IsAsync(await g.Ines.Http.GetAsync($"/api/sessions/{Guid.NewGuid()}/presence"), HttpStatusCode.NotFound, "session");
    }
}

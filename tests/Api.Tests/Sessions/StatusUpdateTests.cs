using System.Collections.Immutable;
using System.Net;
using PracticePlatform.Contracts.Postmortems;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.Sessions;

/// <summary>
/// Status updates: responders post them, every participant reads the practice status page they build, and the
/// debrief puts them beside the impact window with the late and missing ones, against the scenario's cadence
/// (manta-mako-disk-full: every 15 minutes once the impact starts) and each update's own promise.
/// </summary>
public sealed class StatusUpdateTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task StatusUpdates_BuildThePracticeStatusPage_ForEveryParticipant_NewestFirst()
    {
        using var g = await PracticeGroup.CreateAsync(factory, StakeholderTests.Scenario, suffix: "-page");
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        factory.Clock.Advance(TimeSpan.FromMinutes(5));

        var first = await g["rui"].PostAsync<StatusUpdate>(g.Id, "status-updates", new { audience = "customers", text = "Some uploads fail. We are investigating.", nextUpdateInMinutes = 15 });
        await g["ana"].PostAsync<StatusUpdate>(g.Id, "status-updates", new { audience = "internal", text = "Storage nodes are failing writes; looking at disks.", nextUpdateInMinutes = 10 });
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await g["rui"].PostAsync<StatusUpdate>(g.Id, "status-updates", new { audience = "customers", text = "We found the cause and are fixing it.", nextUpdateInMinutes = 20 });

        foreach (var reader in new[] { g.Ines, g["rui"], g["obi"], g.Admin })
        {
            var page = await reader.GetAsync<StatusPage>($"/api/sessions/{g.Id}/status-page");
            Assert.True(page.Practice);
            Assert.StartsWith("PRACTICE", page.Notice, StringComparison.Ordinal);
            Assert.Equal("We found the cause and are fixing it.", page.Headline);
            Assert.Equal([second.Number, first.Number], page.Customers.Select(u => u.Number));
            Assert.Single(page.Internal);
            Assert.Equal(second.Second + (20 * 60), page.NextUpdateDueSecond);
        }
        var timeline = await g["obi"].GetAsync<ImmutableArray<TimelineEntry>>($"/api/sessions/{g.Id}/timeline");
        Assert.Equal(3, timeline.Count(e => e.Kind == TimelineKind.StatusUpdate));
        using var outsider = (await g.Admin.RegisterAsync(factory, "outsider-page")).Client;
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.Http.GetAsync($"/api/sessions/{g.Id}/status-page")).StatusCode);
    }

    [Fact]
    public async Task LateAndMissingUpdates_AreInTheDebrief_BesideTheImpactWindow()
    {
        using var g = await PracticeGroup.CreateAsync(factory, StakeholderTests.Scenario, suffix: "-late");
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        factory.Clock.Advance(TimeSpan.FromMinutes(6));
        // Promises the next in 5 minutes, then comes 8 minutes later: late by its own promise.
        var first = await g["rui"].PostAsync<StatusUpdate>(g.Id, "status-updates", new { audience = "customers", text = "Uploads fail for some customers. Investigating.", nextUpdateInMinutes = 5 });
        factory.Clock.Advance(TimeSpan.FromMinutes(8));
        var second = await g["rui"].PostAsync<StatusUpdate>(g.Id, "status-updates", new { audience = "customers", text = "Still investigating.", nextUpdateInMinutes = 30 });
        // Then nothing for 25 minutes while the impact goes on: the cadence (15 min) wanted one.
        factory.Clock.Advance(TimeSpan.FromMinutes(25));

        var debrief = await StakeholderTests.DebriefAsync(g);

        var communication = Assert.IsType<Communication>(debrief.Communication);
        Assert.Equal(15, communication.ExpectedEveryMinutes);
        Assert.Equal(debrief.ImpactStartMinute * 60, communication.ImpactStartSecond);
        Assert.True(debrief.ImpactOngoing);
        Assert.Equal([first.Number, second.Number], communication.StatusUpdates.Select(u => u.Number));
        Assert.Collection(communication.LateOrMissing,
            late =>
            {
                Assert.Equal((first.Second + 300, (long?)second.Second), (late.DueSecond, late.CameSecond));
                Assert.Contains("promised the next in 5 min", late.Text, StringComparison.Ordinal);
            },
            missing =>
            {
                Assert.True(missing.Missing);
                Assert.Equal(second.Second + 900, missing.DueSecond);
                Assert.Contains("every 15 min", missing.Text, StringComparison.Ordinal);
            });

        // The postmortem starts from the same findings.
        var blocks = (await g["rui"].GetAsync<PostmortemView>($"/api/sessions/{g.Id}/postmortem")).Facts.Blocks;
        Assert.Equal(2, blocks.Single(b => b.Key == "status-updates").Entries.Length);
        Assert.Contains("[customers] Still investigating.", blocks.Single(b => b.Key == "status-updates").Entries[1].Text, StringComparison.Ordinal);
        Assert.Equal(2, blocks.Single(b => b.Key == "late-or-missing-updates").Entries.Length);
    }

    [Fact]
    public async Task OnlyResponders_PostUpdates_AndBadInput_NamesTheField()
    {
        using var g = await PracticeGroup.CreateAsync(factory, StakeholderTests.Scenario, suffix: "-rules");
        var early = await g["rui"].PostAsync(g.Id, "status-updates", new { audience = "customers", text = "x", nextUpdateInMinutes = 5 });
        await ProblemAssert.IsAsync(early, HttpStatusCode.Conflict, "Draft");
        await g.Ines.PostAsync<SessionView>(g.Id, "start");

        await ProblemAssert.IsAsync(await g.Ines.PostAsync(g.Id, "status-updates", new { audience = "customers", text = "x", nextUpdateInMinutes = 5 }), HttpStatusCode.Forbidden, "responders");
        await ProblemAssert.IsAsync(await g["obi"].PostAsync(g.Id, "status-updates", new { audience = "customers", text = "x", nextUpdateInMinutes = 5 }), HttpStatusCode.Forbidden, "responders");
        await ProblemAssert.IsAsync(await g["rui"].PostAsync(g.Id, "status-updates", new { audience = "press", text = "x", nextUpdateInMinutes = 5 }), HttpStatusCode.BadRequest, "audience");
        await ProblemAssert.IsAsync(await g["rui"].PostAsync(g.Id, "status-updates", new { audience = "customers", text = "x", nextUpdateInMinutes = 0 }), HttpStatusCode.BadRequest, "nextUpdateInMinutes");
        await ProblemAssert.IsAsync(await g["rui"].PostAsync(g.Id, "status-updates", new { audience = "customers", nextUpdateInMinutes = 5 }), HttpStatusCode.BadRequest, "text");
    }
}

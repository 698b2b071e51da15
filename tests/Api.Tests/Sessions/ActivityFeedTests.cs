using System.Net;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.Sessions;

/// <summary>The shared activity feed: every responder's commands for every participant, output on demand.</summary>
public sealed class ActivityFeedTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Scenario = PracticeFlowTests.Scenario;

    [Fact]
    public async Task Feed_ShowsEveryRespondersCommands_ToRespondersInstigatorsObserversAndAdmins()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, suffix: "-feed");
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        await g["rui"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcs" });
        await g["ana"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcadm restart nosuchservice" });

        foreach (var reader in new[] { g["eva"], g.Ines, g["obi"], g.Admin })
        {
            var page = await reader.GetAsync<ActivityPage>($"/api/sessions/{g.Id}/activity");

            Assert.Equal(2, page.Total);
            Assert.Collection(page.Entries,
                first =>
                {
                    Assert.Equal((1L, "rui-feed", "svcs", true, g.Person("rui").Id), (first.Number, first.Name, first.CommandLine, first.Ok, first.PersonId));
                    Assert.True(first.Second >= 30, $"ran at simulated second {first.Second}");
                    Assert.Null(first.Output);
                    Assert.True(first.OutputLines > 0);
                },
                second => Assert.Equal((2L, "ana-feed", false), (second.Number, second.Name, second.Ok)));
        }
    }

    [Fact]
    public async Task Entry_CarriesTheOutputTheToolPrintedToTheResponder()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, suffix: "-output");
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        var ran = await g["rui"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcs" });

        var seenByAna = await g["ana"].GetAsync<ActivityEntry>($"/api/sessions/{g.Id}/activity/1");
        var seenByInes = await g.Ines.GetAsync<ActivityEntry>($"/api/sessions/{g.Id}/activity/1");

        Assert.Equal(ran.Output, seenByAna.Output);
        Assert.Equal(ran.Output, seenByInes.Output);
        Assert.Equal("svcs", seenByAna.CommandLine);
        Assert.NotEmpty(ran.Output);
        Assert.Equal(factory.Clock.GetUtcNow(), seenByAna.WallTime);
    }

    [Fact]
    public async Task Feed_PagesAfterAndBeforeANumber()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, suffix: "-pages");
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        foreach (var line in new[] { "svcs", "svcs -xv", "help" })
        {
            await g["rui"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = line });
        }

        var after = await g["ana"].GetAsync<ActivityPage>($"/api/sessions/{g.Id}/activity?after=1&limit=1");
        var before = await g["ana"].GetAsync<ActivityPage>($"/api/sessions/{g.Id}/activity?before=3&limit=1");
        var newest = await g["ana"].GetAsync<ActivityPage>($"/api/sessions/{g.Id}/activity?limit=2");
        var caughtUp = await g["ana"].GetAsync<ActivityPage>($"/api/sessions/{g.Id}/activity?after=3");

        Assert.Equal([2L], after.Entries.Select(e => e.Number));
        Assert.Equal([2L], before.Entries.Select(e => e.Number));
        Assert.Equal([2L, 3L], newest.Entries.Select(e => e.Number));
        Assert.Empty(caughtUp.Entries);
        Assert.Equal(3, caughtUp.Total);
    }

    [Fact]
    public async Task Feed_LeavesOutTheInstigatorsInjects()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, suffix: "-secret", manualInjects: true);
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        await g.Ines.PostAsync<CommandOutcome>(g.Id, "faults", new { injectId = "webapi-crash" });
        await g["rui"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcs" });

        var response = await g["ana"].Http.GetAsync($"/api/sessions/{g.Id}/activity");
        var body = await response.Content.ReadAsStringAsync();
        var page = await g["ana"].GetAsync<ActivityPage>($"/api/sessions/{g.Id}/activity");

        Assert.Equal("svcs", Assert.Single(page.Entries).CommandLine);
        Assert.DoesNotContain("inject", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("webapi-crash", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Feed_ForSomeoneNotOnTheRoster_IsForbidden()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, suffix: "-nosy");
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        await g["rui"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcs" });
        var (_, outsider) = await g.Admin.RegisterAsync(factory, "outsider-nosy");
        using var _ = outsider;

        await ProblemAssert.IsAsync(await outsider.Http.GetAsync($"/api/sessions/{g.Id}/activity"), HttpStatusCode.Forbidden, "not on this session's roster");
        await ProblemAssert.IsAsync(await outsider.Http.GetAsync($"/api/sessions/{g.Id}/activity/1"), HttpStatusCode.Forbidden, "not on this session's roster");
    }

    [Fact]
    public async Task Feed_OfAnUnknownSession_IsNotFound()
    {
        using var admin = PracticeClient.Admin(factory);

        await ProblemAssert.IsAsync(await admin.Http.GetAsync($"/api/sessions/{Guid.NewGuid()}/activity"), HttpStatusCode.NotFound, "No session");
        await ProblemAssert.IsAsync(await admin.Http.GetAsync($"/api/sessions/{Guid.NewGuid()}/activity/1"), HttpStatusCode.NotFound, "No session");
    }

    [Theory]
    [InlineData("activity?after=x", "'after'")]
    [InlineData("activity?after=-1", "'after'")]
    [InlineData("activity?before=0", "'before'")]
    [InlineData("activity?limit=0", "'limit'")]
    [InlineData("activity?limit=201", "'limit'")]
    [InlineData("activity?after=1&before=3", "'after' or 'before'")]
    [InlineData("activity/first", "'number'")]
    [InlineData("activity/0", "'number'")]
    public async Task BadParameters_AreBadRequestsNamingTheParameter(string path, string named)
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, suffix: "-bad" + Math.Abs(path.GetHashCode(StringComparison.Ordinal)));

        await ProblemAssert.IsAsync(await g["rui"].Http.GetAsync($"/api/sessions/{g.Id}/{path}"), HttpStatusCode.BadRequest, named);
    }

    [Fact]
    public async Task Entry_PastTheEndOfTheFeed_IsNotFound()
    {
        using var g = await PracticeGroup.CreateAsync(factory, Scenario, suffix: "-past");

        await ProblemAssert.IsAsync(await g["rui"].Http.GetAsync($"/api/sessions/{g.Id}/activity/9"), HttpStatusCode.NotFound, "no number 9");
    }
}

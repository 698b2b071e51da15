using System.Diagnostics;
using System.Text.Json;
using PracticePlatform.Api.Tests.Sessions;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Testing;
using Xunit.Abstractions;

namespace PracticePlatform.Api.Tests.Cluster;

/// <summary>
/// Practices on a real three-silo cluster over PostgreSQL, driven through a frontend process: sessions spread over
/// the silos, a silo killed outright in the middle of a practice, a frontend restarted under its users.
/// </summary>
[Collection(SiloClusterCollection.Name)]
public sealed class ClusterPracticeTests(SiloCluster cluster, ITestOutputHelper output)
{
    /// <summary>The issue's bound: a killed silo's session answers again within 5 s (the cluster benchmark measures about 1 s).</summary>
    private static readonly TimeSpan FailoverBound = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task SessionsOfSeveralCohorts_AreSpreadOverMoreThanOneSilo()
    {
        await cluster.SettledAsync();
        var hosts = new List<int>();
        for (var cohort = 0; cohort < 6; cohort++)
        {
            using var g = await PracticeGroup.CreateAsync(cluster.CreateClient, SiloCluster.AdminToken, PracticeFlowTests.Scenario, suffix: $"-c{cohort}");
            await g.Ines.PostAsync<SessionView>(g.Id, "start");
            hosts.Add(await ClusterSessions.HostOfAsync(cluster, g));
        }

        output.WriteLine($"silos hosting the sessions: {string.Join(", ", hosts)}");
        Assert.All(hosts, host => Assert.InRange(host, 0, SiloCluster.SiloCount - 1));
        Assert.True(hosts.Distinct().Count() > 1, $"every session landed on silo {hosts[0]}");
    }

    [Fact]
    public async Task KillingTheSilo_HostingAPractice_ItAnswersFromASurvivor_WithItsDigestAndTimeline_AndTheLiveStreamGoesOn()
    {
        await cluster.SettledAsync();
        using var g = await PracticeGroup.CreateAsync(cluster.CreateClient, SiloCluster.AdminToken, PracticeFlowTests.Scenario, suffix: "-kill");
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        await g.Ines.PostAsync<CommandOutcome>(g.Id, "faults", new { injectId = "webapi-crash" });
        await g["rui"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcs -xv" });
        using var stream = await g.Ines.Http.GetAsync($"/api/sessions/{g.Id}/events", HttpCompletionOption.ResponseHeadersRead);
        using var events = new StreamReader(await stream.Content.ReadAsStreamAsync());
        await g["ana"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcs -l webapi" });
        await g.Ines.PostAsync<SessionView>(g.Id, "pause");
        var before = await g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}");
        var timelineBefore = await g.Ines.GetAsync<List<TimelineEntry>>($"/api/sessions/{g.Id}/timeline");
        var killed = await ClusterSessions.HostOfAsync(cluster, g);

        await cluster.KillSiloAsync(killed);
        var clock = Stopwatch.StartNew();
        var after = await ClusterSessions.WaitForAsync(g, TimeSpan.FromSeconds(60), "the session to answer after its silo's death");
        var failover = clock.Elapsed;
        try
        {
            output.WriteLine($"silo {killed} killed; the session answered again after {failover.TotalMilliseconds:0} ms");
            Assert.True(failover < FailoverBound, $"the session answered only after {failover.TotalSeconds:0.0} s");
            Assert.Equal(before.Second, after.Second);
            Assert.Equal(before.Digest, after.Digest);
            var timelineAfter = await g.Ines.GetAsync<List<TimelineEntry>>($"/api/sessions/{g.Id}/timeline");
            Assert.Equal(JsonSerializer.Serialize(timelineBefore), JsonSerializer.Serialize(timelineAfter));
            Assert.NotEqual(killed, await ClusterSessions.HostOfAsync(cluster, g));

            // The stream opened before the kill delivers what is written after it, in order, once each.
            await g.Ines.PostAsync<SessionView>(g.Id, "resume");
            await g["ana"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcadm clear webapi" });
            using var readTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var streamed = await TimelineEvents.ReadUntilAsync(events, e => e.Kind == TimelineKind.Command && e.Text.Contains("svcadm clear webapi", StringComparison.Ordinal), readTimeout.Token);
            var sequences = streamed.Select(e => e.Sequence).ToList();
            Assert.Equal(Enumerable.Range((int)sequences[0], sequences.Count).Select(s => (long)s), sequences);
            Assert.Contains(streamed, e => e.Text.Contains("svcs -l webapi", StringComparison.Ordinal));
            Assert.Equal(1, streamed.Count(e => e.Text.Contains("svcadm clear webapi", StringComparison.Ordinal)));
        }
        finally
        {
            await cluster.StartSiloAsync(killed);
            await cluster.SettledAsync();
        }
    }

    [Fact]
    public async Task RestartingTheFrontend_WhileSilosRun_ChangesNothingForItsUsers()
    {
        await cluster.SettledAsync();
        using var g = await PracticeGroup.CreateAsync(cluster.CreateClient, SiloCluster.AdminToken, PracticeFlowTests.Scenario, suffix: "-front");
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        await g.Ines.PostAsync<SessionView>(g.Id, "pause");
        var before = await g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}");
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = cluster.Frontend.Address };
        await SignInAsync(browser, g["rui"].Token);

        await cluster.RestartFrontendAsync();
        g.Rebind(cluster.CreateClient, SiloCluster.AdminToken);

        var after = await g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}");
        Assert.Equal(before.Second, after.Second);
        Assert.Equal(before.Digest, after.Digest);
        Assert.Equal(before.Participants.Length, after.Participants.Length);
        await g.Ines.PostAsync<SessionView>(g.Id, "resume");
        await g["rui"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcs -xv" });
        // The console cookie made through the old process is read by the new one, and by the other frontend: the
        // data-protection keys live in PostgreSQL.
        using var page = await browser.GetAsync($"/sessions/{g.Id}/respond");
        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        using var elsewhere = await browser.GetAsync(new Uri(cluster.SecondFrontend.Address, $"/sessions/{g.Id}/respond"));
        Assert.Equal(System.Net.HttpStatusCode.OK, elsewhere.StatusCode);
    }

    [Fact]
    public async Task ARollingRestartOfEverySilo_DuringPractices_LosesNothing_AndNoSessionStopsForLong()
    {
        await cluster.SettledAsync();
        var groups = await RunningPracticesAsync("roll");
        var timelines = await Task.WhenAll(groups.Select(g => g.Ines.GetAsync<List<TimelineEntry>>($"/api/sessions/{g.Id}/timeline")));
        await using var watch = SessionWatch.Start(groups);

        for (var index = 0; index < SiloCluster.SiloCount; index++)
        {
            await cluster.StopSiloAsync(index);
            await cluster.StartSiloAsync(index);
        }
        var longest = await watch.StopAsync();
        await cluster.SettledAsync();

        output.WriteLine($"longest time a session did not answer during the rolling restart: {longest.TotalMilliseconds:0} ms");
        Assert.True(longest < TimeSpan.FromSeconds(10), $"a session did not answer for {longest.TotalSeconds:0.0} s");
        for (var i = 0; i < groups.Count; i++)
        {
            var view = await groups[i].Ines.GetAsync<SessionView>($"/api/sessions/{groups[i].Id}");
            var timeline = await groups[i].Ines.GetAsync<List<TimelineEntry>>($"/api/sessions/{groups[i].Id}/timeline");
            Assert.Equal(SessionStatus.Running, view.Status);
            Assert.Equal(JsonSerializer.Serialize(timelines[i]), JsonSerializer.Serialize(timeline.Take(timelines[i].Count)));
            await groups[i]["ana"].PostAsync<CommandOutcome>(groups[i].Id, "commands", new { commandLine = "svcs -l webapi" });
            groups[i].Dispose();
        }
    }

    [Fact]
    public async Task StoppingEverySiloAtOnce_ThenStartingThem_RecoversEveryLiveSession()
    {
        await cluster.SettledAsync();
        var groups = await RunningPracticesAsync("all");
        var before = await Task.WhenAll(groups.Select(g => g.Ines.GetAsync<List<TimelineEntry>>($"/api/sessions/{g.Id}/timeline")));
        var pacedBefore = await SecondNowAsync(groups[0]);

        for (var index = 0; index < SiloCluster.SiloCount; index++)
        {
            await cluster.KillSiloAsync(index);
        }
        await Task.WhenAll(Enumerable.Range(0, SiloCluster.SiloCount).Select(cluster.StartSiloAsync));
        await cluster.SettledAsync();

        for (var i = 0; i < groups.Count; i++)
        {
            var view = await ClusterSessions.WaitForAsync(groups[i], TimeSpan.FromSeconds(60), "the session to answer after every silo restarted");
            var timeline = await groups[i].Ines.GetAsync<List<TimelineEntry>>($"/api/sessions/{groups[i].Id}/timeline");
            Assert.Equal(SessionStatus.Running, view.Status);
            Assert.Equal(JsonSerializer.Serialize(before[i]), JsonSerializer.Serialize(timeline.Take(before[i].Count)));
            await groups[i]["ana"].PostAsync<CommandOutcome>(groups[i].Id, "commands", new { commandLine = "svcs -l webapi" });
        }
        // Paced at 1x from the clock: the simulated seconds that passed match the wall-clock ones, none lost or doubled.
        var pacedAfter = await SecondNowAsync(groups[0]);
        var simulated = pacedAfter.Second - pacedBefore.Second;
        var wall = (pacedAfter.At - pacedBefore.At).TotalSeconds;
        output.WriteLine($"across the stop of every silo: {simulated} simulated s in {wall:0.0} wall-clock s");
        Assert.InRange(simulated, wall - 3, wall + 3);
        groups.ForEach(g => g.Dispose());
    }

    /// <summary>A session's simulated second and when it was read.</summary>
    private static async Task<(long Second, DateTimeOffset At)> SecondNowAsync(PracticeGroup g)
    {
        var view = await g.Ines.GetAsync<SessionView>($"/api/sessions/{g.Id}");
        return (view.Second, DateTimeOffset.UtcNow);
    }

    /// <summary>Three cohorts' practices, started, each with a responder's command on its timeline.</summary>
    private async Task<List<PracticeGroup>> RunningPracticesAsync(string name)
    {
        var groups = new List<PracticeGroup>();
        for (var cohort = 0; cohort < 3; cohort++)
        {
            var g = await PracticeGroup.CreateAsync(cluster.CreateClient, SiloCluster.AdminToken, PracticeFlowTests.Scenario, suffix: $"-{name}{cohort}");
            await g.Ines.PostAsync<SessionView>(g.Id, "start");
            await g["rui"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcs -xv" });
            groups.Add(g);
        }
        return groups;
    }

    /// <summary>Signs in to the console as a browser does: the form's antiforgery token, then the personal token.</summary>
    private static async Task SignInAsync(HttpClient browser, string token)
    {
        var form = await browser.GetStringAsync("/signin");
        var antiforgery = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var response = await browser.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery,
            ["token"] = token,
        }));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        using var signedIn = await browser.GetAsync("/");
        Assert.Equal(System.Net.HttpStatusCode.OK, signedIn.StatusCode);
    }
}

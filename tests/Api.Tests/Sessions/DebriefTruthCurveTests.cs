using System.Globalization;
using System.Net;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.Sessions;

/// <summary>
/// The debrief's ground truth per request type minute by minute, the assessment's shares measured over the window it
/// assessed, and the differences in words; none of it reaches a participant before the debrief is held.
/// </summary>
public sealed class DebriefTruthCurveTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task HeldDebrief_HasTheTruthPerMinute_AndSaysInWordsHowTheAssessmentDiffers()
    {
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario);
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        Advance(1);
        await g.Ines.PostAsync<CommandOutcome>(g.Id, "faults", new { injectId = "webapi-crash" });
        Advance(4);
        await g["rui"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "svcadm clear webapi" });
        Advance(8);
        await g["rui"].PostAsync<SessionView>(g.Id, "resolve");
        await g["ana"].PostAsync<SessionView>(g.Id, "assessment", new
        {
            startMinute = 2, endMinute = 5, failedShares = new Dictionary<string, double> { ["get-object"] = 0.4 }, rootCause = "webapi crashed", summary = "cleared maintenance",
        });

        var held = await g.Ines.PostAsync<Debrief>(g.Id, "debrief");
        var debrief = await g["eva"].GetAsync<Debrief>($"/api/sessions/{g.Id}/debrief");
        var report = await g["rui"].Http.GetStringAsync($"/api/sessions/{g.Id}/report.md");

        Assert.Equal(held.Differences.ToArray(), debrief.Differences.ToArray());
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 14, 0, 0, TimeSpan.Zero), debrief.ClockStart);
        Assert.Equal(debrief.RequestTypes.Select(r => r.RequestType), debrief.TruthCurves.Select(c => c.RequestType));
        var getObject = Assert.Single(debrief.TruthCurves, c => c.RequestType == "get-object");
        Assert.True(getObject.Minutes.Length >= 13, $"{getObject.Minutes.Length} minutes");
        Assert.Equal(Enumerable.Range(0, getObject.Minutes.Length).Select(m => (long)m), getObject.Minutes.Select(m => m.Minute));
        Assert.Equal(1, debrief.ImpactStartMinute);
        Assert.True(getObject.Minutes[1].FailedShare > getObject.BaselineFailedShare + 0.05, $"minute 1 failed {getObject.Minutes[1].FailedShare}");
        Assert.True(getObject.Minutes[0].FailedShare <= getObject.BaselineFailedShare + 0.005);

        // The share the responders said is measured over the window they assessed: minutes 2 through 5.
        var window = getObject.Minutes.Where(m => m.Minute is >= 2 and <= 5).ToList();
        long attempted = window.Sum(m => m.Attempted), failed = window.Sum(m => m.Failed);
        var comparison = Assert.Single(debrief.RequestTypes, r => r.RequestType == "get-object");
        Assert.Equal((attempted, failed), (comparison.AttemptedInAssessedWindow, comparison.FailedInAssessedWindow));
        Assert.Equal((double)failed / attempted, comparison.ActualFailedShareInAssessedWindow!.Value, 9);
        var truthPercent = Math.Round(100.0 * failed / attempted, 1);
        var points = Math.Round(40 - truthPercent, 1);
        var inv = CultureInfo.InvariantCulture;
        Assert.Equal("You placed the start 1 minute late: you said 14:02 (T+02:00), the impact started at 14:01 (T+01:00).", debrief.Differences[0]);
        Assert.StartsWith("You placed the end ", debrief.Differences[1], StringComparison.Ordinal);
        Assert.Contains(string.Create(inv,
            $"You {(points > 0 ? "overestimated" : "underestimated")} get-object failures by {Math.Abs(points):0.#} points (you said 40 %, the truth was {truthPercent:0.#} % of get-object requests ({failed:N0} of {attempted:N0} failed) in minutes 14:02 through 14:05 (T+02:00 to T+06:00), the window you assessed)."),
            debrief.Differences);
        Assert.Contains(debrief.Differences, d => d.StartsWith("You gave no estimate for put-object failures; the truth was ", StringComparison.Ordinal));
        Assert.Contains("**The assessment beside the ground truth:**", report, StringComparison.Ordinal);
        Assert.Contains($"- {debrief.Differences[0]}", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TruthSeries_BeforeTheDebrief_ReachNoResponderOrObserver()
    {
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario);
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        await g.Ines.PostAsync<CommandOutcome>(g.Id, "faults", new { injectId = "webapi-crash" });
        Advance(3);
        await AssertNoTruthAsync(g, "running");
        await g["rui"].PostAsync<SessionView>(g.Id, "resolve");
        var assessing = await g["rui"].PostAsync(g.Id, "assessment", new { startMinute = 0, endMinute = 2, failedShares = new Dictionary<string, double> { ["get-object"] = 0.5 }, rootCause = "x", summary = "y" });
        Assert.DoesNotContain("truthCurves", await assessing.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        await AssertNoTruthAsync(g, "assessing");

        await g.Ines.PostAsync<Debrief>(g.Id, "debrief");
        var after = await g["rui"].GetAsync<Debrief>($"/api/sessions/{g.Id}/debrief");

        Assert.NotEmpty(after.TruthCurves);
        Assert.All(after.TruthCurves, c => Assert.NotEmpty(c.Minutes));
        Assert.NotEmpty(after.Differences);
    }

    [Fact]
    public async Task LatencyOnlyDegradation_AfterTheCrash_ShowsOnTheLatencyCurve_WithoutFailures()
    {
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario);
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        Advance(1);
        await g.Ines.PostAsync<CommandOutcome>(g.Id, "faults", new { injectId = "webapi-crash" });
        Advance(8);
        await g["rui"].PostAsync<SessionView>(g.Id, "resolve");
        await g["rui"].PostAsync<SessionView>(g.Id, "assessment", new { startMinute = 1, endMinute = 4, failedShares = new Dictionary<string, double> { ["get-object"] = 0.05 }, rootCause = "crash", summary = "restarted" });

        var debrief = await g.Ines.PostAsync<Debrief>(g.Id, "debrief");

        // The crashed instances came back by themselves; the survivors carried their load more slowly for a while.
        var getObject = Assert.Single(debrief.TruthCurves, c => c.RequestType == "get-object");
        var baseline = Assert.NotNull(getObject.BaselineP99Ms);
        var slow = getObject.Minutes.Where(m => m.Minute is >= 2 and <= 4).ToList();
        Assert.All(slow, m => Assert.Equal(0, m.Failed));
        Assert.All(slow, m => Assert.True(m.P99Ms > 1.5 * baseline, $"minute {m.Minute}: p99 {m.P99Ms} ms against a baseline of {baseline} ms"));
    }

    /// <summary>Moves the fake clock a minute at a time, as the cell paces through each.</summary>
    [Fact]
    public async Task AnAssessmentEndingMoreThanADayIn_IsABadRequest_AndTheDebriefStillHolds()
    {
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario, suffix: "-late");
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        Advance(3);
        await g["rui"].PostAsync<SessionView>(g.Id, "resolve");

        var response = await g["rui"].PostAsync(g.Id, "assessment", new
        {
            startMinute = 0, endMinute = 2_000_000_000, failedShares = new Dictionary<string, double>(), rootCause = "webapi crashed", summary = "x",
        });
        await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest, "endMinute is at most 1440 (a day into the session)");
        await g["rui"].PostAsync<SessionView>(g.Id, "assessment", new
        {
            startMinute = 0, endMinute = 3, failedShares = new Dictionary<string, double>(), rootCause = "webapi crashed", summary = "x",
        });

        var debrief = await g.Ines.PostAsync<Debrief>(g.Id, "debrief");
        Assert.NotEmpty(debrief.Differences);
    }

    private void Advance(int minutes)
    {
        for (var minute = 0; minute < minutes; minute++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
        }
    }

    private static async Task AssertNoTruthAsync(PracticeGroup g, string phase)
    {
        foreach (var name in new[] { "rui", "obi" })
        {
            var debrief = await g[name].Http.GetAsync($"/api/sessions/{g.Id}/debrief");
            var body = await debrief.Content.ReadAsStringAsync();
            await ProblemAssert.IsAsync(debrief, HttpStatusCode.Conflict, "The debrief has not been held yet");
            Assert.DoesNotContain("truthCurves", body, StringComparison.OrdinalIgnoreCase);
            var report = await g[name].Http.GetAsync($"/api/sessions/{g.Id}/report.md");
            Assert.True(report.StatusCode == HttpStatusCode.Conflict, $"{name} read report.md while {phase}: {(int)report.StatusCode}");
            var session = await g[name].Http.GetStringAsync($"/api/sessions/{g.Id}");
            Assert.DoesNotContain("truthCurves", session, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("differences", session, StringComparison.OrdinalIgnoreCase);
        }
    }
}

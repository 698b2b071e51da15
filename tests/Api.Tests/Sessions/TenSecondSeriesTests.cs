using System.Globalization;
using PracticePlatform.Contracts.Cells;
using PracticePlatform.Contracts.Sessions;

namespace PracticePlatform.Api.Tests.Sessions;

/// <summary>
/// The charts' series: a point per completed 10 simulated seconds in the live metrics and in a replay, and the
/// series' clock maps a second to what the responder's tools print for it.
/// </summary>
public sealed class TenSecondSeriesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task LiveMetricsAndReplay_HaveAPointEvery10Seconds_OnTheToolsClock()
    {
        using var g = await PracticeGroup.CreateAsync(factory, PracticeFlowTests.Scenario);
        await g.Ines.PostAsync<SessionView>(g.Id, "start");
        factory.Clock.Advance(TimeSpan.FromSeconds(75));

        var metrics = await g["eva"].GetAsync<CellMetrics>($"/api/sessions/{g.Id}/metrics");
        var date = await g["rui"].PostAsync<CommandOutcome>(g.Id, "commands", new { commandLine = "date" });

        Assert.Equal(75, date.Second);
        Assert.NotEmpty(metrics.RequestTypes);
        foreach (var series in metrics.RequestTypes)
        {
            Assert.Equal([0L, 10, 20, 30, 40, 50, 60], series.TenSeconds.Select(p => p.Second));
            Assert.All(series.TenSeconds, p => Assert.True(p.Attempted > 0 && p.P99Ms > 0 && p.SuccessRate > 0.9));
            var clock = DateTime.Parse(series.ClockStart, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
            Assert.Equal(date.Output.Trim(), clock.AddSeconds(date.Second).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }

        await g.Ines.PostAsync<CommandOutcome>(g.Id, "faults", new { injectId = "webapi-crash" });
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        await g["rui"].PostAsync<SessionView>(g.Id, "resolve");
        await g["rui"].PostAsync<SessionView>(g.Id, "assessment", new { startMinute = 1, endMinute = 3, failedShares = new Dictionary<string, double>(), rootCause = "crash", summary = "?" });
        await g.Ines.PostAsync<Debrief>(g.Id, "debrief");

        var early = await g["rui"].GetAsync<SessionReplay>($"/api/sessions/{g.Id}/replay?second=45");
        var later = await g["rui"].GetAsync<SessionReplay>($"/api/sessions/{g.Id}/replay?second=150");
        Assert.All(early.RequestTypes, s => Assert.Equal([0L, 10, 20, 30], s.TenSeconds.Select(p => p.Second)));
        Assert.All(later.RequestTypes, s => Assert.Equal(Enumerable.Range(0, 15).Select(k => k * 10L), s.TenSeconds.Select(p => p.Second)));
        foreach (var series in later.RequestTypes)
        {
            var live = metrics.RequestTypes.Single(r => r.RequestType == series.RequestType);
            Assert.Equal(live.TenSeconds.AsEnumerable(), series.TenSeconds.Take(live.TenSeconds.Length));
        }
    }
}

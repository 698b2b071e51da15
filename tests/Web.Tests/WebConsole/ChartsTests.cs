using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.WebConsole;

/// <summary>
/// The consoles' charts: a point per 10 simulated seconds, a waiting message before the first 10 s, a crosshair
/// tooltip with the time on the tools' clock (what <c>date</c> prints for that second), the simulated elapsed time
/// and each series' value; a labelled band where no request succeeded instead of a fake low latency; and on the
/// debrief, charts that follow the replay scrubber.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class ChartsTests(WebSuite suite)
{
    private static readonly string[] RequestTypes = ["get-object", "put-object", "list-directory"];

    [Theory]
    [InlineData("laptop")]
    [InlineData("wide")]
    [InlineData("phone")]
    public async Task Charts_plot_every_10_seconds_and_their_tooltip_shows_the_tools_time_and_each_value(string viewport)
    {
        await using var room = await WarRoom.OpenAsync(suite, $"Charts {viewport}", Viewports.Named(viewport));
        var page = room.Responder.Page;
        await Expect(page.Locator("#success-chart")).ToContainTextAsync("Waiting for the first 10 s of traffic");
        await Expect(page.Locator("#latency-chart")).ToContainTextAsync("Waiting for the first 10 s of traffic");
        await Expect(page.Locator("#success-chart svg")).ToHaveCountAsync(0);

        suite.Host.Clock.Advance(TimeSpan.FromSeconds(80));
        await Expect(page.GetByTestId("second")).ToHaveTextAsync("01:20");
        foreach (var chart in new[] { "#success-chart svg", "#latency-chart svg" })
        {
            // Seconds 0-79 make eight complete 10 s buckets per request type, each drawn at its end.
            await Expect(page.Locator(chart)).ToHaveAttributeAsync("data-last-x", "80");
            await Expect(page.Locator(chart)).ToHaveAttributeAsync("data-step", "10");
            await Expect(page.Locator(chart)).ToHaveAttributeAsync("data-points", (8 * RequestTypes.Length).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await page.GetByLabel("Command").FillAsync("date");
        await page.GetByLabel("Command").PressAsync("Enter");
        await Expect(page.GetByTestId("terminal")).ToContainTextAsync(IsoTime());
        var printed = IsoTime().Match(await page.GetByTestId("terminal").InnerTextAsync()).Groups[1].Value;

        foreach (var (chart, unit) in new[] { ("#success-chart", "%"), ("#latency-chart", "ms") })
        {
            await PointAtAsync(page, chart, viewport, at: 1);
            var tooltip = page.Locator($"{chart} [data-testid=chart-tooltip]");
            await Expect(tooltip).ToBeVisibleAsync();
            await Expect(tooltip).ToHaveAttributeAsync("data-x", "80");
            await Expect(tooltip.Locator(".chart-tooltip-time")).ToHaveTextAsync($"{printed} UTC");
            await Expect(tooltip).ToContainTextAsync("T+01:20");
            foreach (var type in RequestTypes)
            {
                await Expect(tooltip).ToContainTextAsync(new Regex($"{type}: [0-9.,]+ {unit}"));
            }
            await Expect(page.Locator($"{chart} .crosshair")).ToHaveAttributeAsync("visibility", "visible");
            await room.Responder.ScreenshotAsync($"charts-tooltip-{(chart == "#success-chart" ? "success" : "latency")}-{viewport}");
        }

        // A point in the middle answers for its own 10 s.
        await PointAtAsync(page, "#success-chart", viewport, at: 0.5);
        await Expect(page.Locator("#success-chart [data-testid=chart-tooltip]")).Not.ToHaveAttributeAsync("data-x", "80");
        await Expect(page.Locator("#success-chart [data-testid=chart-tooltip]")).ToHaveAttributeAsync("data-x", new Regex("^[1-7]0$"));
        if (viewport == "phone")
        {
            await Viewports.AssertNoSidewaysScrollAsync(page, "the responder console with a chart tooltip");
        }
        room.AssertNoErrors();
    }

    /// <summary>
    /// A tap (or click) focuses the chart; each redraw replaced the focused chart, Chromium fired blur on it, and the
    /// tooltip closed a second after the tap (seen as a flake of the test above on the phone).
    /// </summary>
    [Fact]
    public async Task A_tapped_tooltip_stays_at_its_time_through_redraws()
    {
        await using var room = await WarRoom.OpenAsync(suite, "Charts tap", Viewports.Named("phone"));
        var page = room.Responder.Page;
        suite.Host.Clock.Advance(TimeSpan.FromSeconds(80));
        await Expect(page.Locator("#success-chart svg")).ToHaveAttributeAsync("data-last-x", "80");

        await PointAtAsync(page, "#success-chart", "phone", at: 1);
        var tooltip = page.Locator("#success-chart [data-testid=chart-tooltip]");
        await Expect(tooltip).ToHaveAttributeAsync("data-x", "80");
        suite.Host.Clock.Advance(TimeSpan.FromSeconds(20));
        await Expect(page.Locator("#success-chart svg")).ToHaveAttributeAsync("data-last-x", "100");

        await Expect(tooltip).ToBeVisibleAsync();
        await Expect(tooltip).ToHaveAttributeAsync("data-x", "80");
        await Expect(page.Locator("#success-chart svg")).ToBeFocusedAsync();
        room.AssertNoErrors();
    }

    [Theory]
    [InlineData("laptop")]
    [InlineData("phone")]
    public async Task A_total_outage_is_marked_no_successful_requests_instead_of_a_low_latency(string viewport)
    {
        await using var room = await WarRoom.OpenAsync(suite, $"Outage {viewport}", Viewports.Named(viewport));
        using var api = suite.ClientFor(room.InstigatorToken);
        await WebSuite.SendAsync(api, $"/api/sessions/{room.SessionId}/faults", new { injectId = "webapi-crash" });
        // The crash takes half the webapi instances, and escalates to all of them 9 minutes after it was injected.
        suite.Host.Clock.Advance(TimeSpan.FromMinutes(14));
        var page = room.Responder.Page;
        try
        {
            await Expect(page.GetByTestId("second")).ToHaveTextAsync("14:00", new() { Timeout = 30_000 });
        }
        catch (PlaywrightException stuck)
        {
            throw new InvalidOperationException($"The responder's clock did not reach 14:00; its page logged: {string.Join('\n', room.Responder.Errors)}; status {await page.GetByTestId("status").TextContentAsync()}", stuck);
        }

        foreach (var chart in new[] { "#success-chart", "#latency-chart" })
        {
            var band = page.Locator($"{chart} [data-testid=chart-gap]").Last;
            await Expect(band).ToHaveAttributeAsync("aria-label", "no successful requests");
            await Expect(band.Locator("text")).ToHaveTextAsync("no successful requests");
            await band.Locator("rect").HoverAsync(new() { Force = true });
            var tooltip = page.Locator($"{chart} [data-testid=chart-tooltip]");
            await Expect(tooltip).ToBeVisibleAsync();
            foreach (var type in RequestTypes)
            {
                await Expect(tooltip).ToContainTextAsync(chart == "#success-chart" ? $"{type}: 0.0 % (no successful requests)" : $"{type}: no successful requests");
            }
        }
        await Expect(page.Locator("#request-types-now")).ToContainTextAsync("get-object: 0.0 % succeed, no successful requests");
        // No latency is drawn inside the band: the latency lines break there.
        var drawnInside = await page.EvaluateAsync<int>("""
            () => {
                const svg = document.querySelector('#latency-chart svg');
                const band = [...svg.querySelectorAll('[data-testid=chart-gap] rect')].pop();
                const left = Number(band.getAttribute('x')) + 1, right = left + Number(band.getAttribute('width')) - 2;
                return [...svg.querySelectorAll('path[stroke-width="2"]')]
                    .flatMap(p => [...p.getAttribute('d').matchAll(/[ML]([0-9.]+),/g)].map(m => Number(m[1])))
                    .filter(x => x > left && x < right).length;
            }
            """);
        Assert.Equal(0, drawnInside);
        // The bands' labels and the time axis's clock labels are readable and overlap nothing.
        var problems = (await Layout.LayoutProblems.FindAsync(page)).Where(p => p.StartsWith("chart", StringComparison.Ordinal)).ToArray();
        Assert.True(problems.Length == 0, string.Join('\n', problems));
        await room.Responder.ScreenshotAsync(viewport == "laptop" ? "charts-outage" : $"charts-outage-{viewport}");
        if (viewport == "phone")
        {
            await Viewports.AssertNoSidewaysScrollAsync(page, "the responder console during an outage");
        }
        room.AssertNoErrors();
    }

    [Theory]
    [InlineData("laptop")]
    [InlineData("wide")]
    [InlineData("phone")]
    public async Task The_replay_scrubber_moves_the_charts_to_the_scrubbed_second(string viewport)
    {
        var ivo = await suite.RegisterAsync($"Ivo Replay Charts {viewport}", canInstigate: true);
        var rita = await suite.RegisterAsync($"Rita Replay Charts {viewport}");
        var sessionId = await suite.SessionAsync(ivo.Token, [(rita.Id, "responder")]);
        using var instigator = suite.ClientFor(ivo.Token);
        using var responder = suite.ClientFor(rita.Token);
        await WebSuite.SendAsync(instigator, $"/api/sessions/{sessionId}/faults", new { injectId = "webapi-crash" });
        suite.Host.Clock.Advance(TimeSpan.FromSeconds(150));
        await WebSuite.SendAsync(responder, $"/api/sessions/{sessionId}/commands", new { commandLine = "svcadm clear webapi" });
        suite.Host.Clock.Advance(TimeSpan.FromMinutes(3));
        await WebSuite.SendAsync(responder, $"/api/sessions/{sessionId}/resolve");
        await WebSuite.SendAsync(responder, $"/api/sessions/{sessionId}/assessment", new
        {
            startMinute = 0, endMinute = 3, failedShares = new Dictionary<string, double>(), rootCause = "webapi crashed", summary = "cleared maintenance",
        });
        await WebSuite.SendAsync(instigator, $"/api/sessions/{sessionId}/debrief");

        await using var visitor = await suite.SignInAsync(rita.Token, $"rita-replay-charts-{viewport}", Viewports.Named(viewport));
        var page = visitor.Page;
        await page.GotoAsync($"/sessions/{sessionId}/debrief");
        var success = page.Locator("#replay-success-chart svg");
        var latency = page.Locator("#replay-latency-chart svg");
        await Expect(success).ToHaveAttributeAsync("data-last-x", new Regex("^[1-9][0-9]*0$"));

        await page.GetByTestId("replay-scrubber").FillAsync("140");
        await Expect(page.GetByTestId("replay-clock")).ToHaveTextAsync("02:20");
        await Expect(page.GetByTestId("replay-tool-clock")).ToContainTextAsync("14:02:20 UTC");
        foreach (var chart in new[] { success, latency })
        {
            await Expect(chart).ToHaveAttributeAsync("data-last-x", "140");
            await Expect(chart).ToHaveAttributeAsync("data-step", "10");
            await Expect(chart).ToHaveAttributeAsync("data-points", (14 * RequestTypes.Length).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        await PointAtAsync(page, "#replay-success-chart", viewport, at: 1);
        await Expect(page.Locator("#replay-success-chart [data-testid=chart-tooltip] .chart-tooltip-time")).ToHaveTextAsync("14:02:20 UTC");
        await visitor.ScreenshotAsync(viewport == "laptop" ? "replay-charts" : $"replay-charts-{viewport}");

        await page.GetByTestId("replay-scrubber").FillAsync("95");
        await Expect(success).ToHaveAttributeAsync("data-last-x", "90");
        await Expect(latency).ToHaveAttributeAsync("data-last-x", "90");

        await page.GetByTestId("replay-scrubber").FillAsync("5");
        await Expect(page.Locator("#replay-success-chart")).ToContainTextAsync("Waiting for the first 10 s of traffic");
        await Expect(page.Locator("#replay-latency-chart svg")).ToHaveCountAsync(0);
        if (viewport == "phone")
        {
            // The charts and their tooltip fit the phone (the rest of the debrief page is other panels' business).
            var wide = await page.EvaluateAsync<string[]>(TooWide, "#replay-success-chart, #replay-latency-chart, #replay-success-chart *, #replay-latency-chart *");
            Assert.True(wide.Length == 0, $"Wider than the phone: {string.Join(", ", wide)}");
        }
        visitor.AssertNoErrors();
    }

    /// <summary>Hovers (or, on the phone, taps) the plot area at a share of its width from the left.</summary>
    private static async Task PointAtAsync(IPage page, string chart, string viewport, double at)
    {
        var area = page.Locator($"{chart} .crosshair-area");
        await Expect(area).ToBeVisibleAsync();
        var box = await area.BoundingBoxAsync() ?? throw new InvalidOperationException($"{chart} has no plot area.");
        var position = new Position { X = (float)Math.Max(1, (box.Width * at) - 1), Y = (float)(box.Height / 2) };
        if (viewport == "phone")
        {
            await area.ClickAsync(new() { Position = position });
        }
        else
        {
            await area.HoverAsync(new() { Position = position });
        }
    }

    /// <summary>The elements matching the selector that reach past the right edge of the viewport.</summary>
    private const string TooWide = """
        selector => [...document.querySelectorAll(selector)]
            .filter(e => !e.hidden && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${e.getAttribute('class') ?? ''} right ${Math.round(e.getBoundingClientRect().right)}`)
        """;

    [GeneratedRegex(@"\d{4}-\d\d-\d\dT(\d\d:\d\d:\d\d)Z")]
    private static partial Regex IsoTime();
}

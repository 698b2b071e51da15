using Microsoft.Playwright;
using PracticePlatform.Web.Tests.Layout;
using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.WebConsole;

/// <summary>
/// The health table and the charts follow the simulated clock as it moves, on the responder's and the instigator's
/// consoles alike, without waiting for a wall-clock refresh (the test host sets that refresh to an hour).
/// </summary>
[Collection(WebCollection.Name)]
public sealed class LiveMetricsTests(WebSuite suite)
{
    [Fact]
    public async Task Health_and_charts_change_after_an_inject_as_the_simulated_clock_advances()
    {
        var ivo = await suite.RegisterAsync("Ivo Metrics", canInstigate: true);
        var rita = await suite.RegisterAsync("Rita Metrics");
        var sessionId = await suite.SessionAsync(ivo.Token, [(rita.Id, "responder")]);
        await using var instigator = await suite.SignInAsync(ivo.Token, "ivo");
        await using var responder = await suite.SignInAsync(rita.Token, "rita");
        await instigator.Page.GotoAsync($"/sessions/{sessionId}/instigate");
        await responder.Page.GotoAsync($"/sessions/{sessionId}/respond");
        foreach (var page in new[] { instigator.Page, responder.Page })
        {
            await Expect(Service(page, "webapi")).ToContainTextAsync("ok");
            await Expect(Service(page, "loadbalancer").Locator("td").Nth(3)).ToHaveTextAsync("0");
        }

        await instigator.Page.GetByRole(AriaRole.Button, new() { Name = "Inject webapi-crash" }).ClickAsync();
        await Expect(instigator.Page.GetByTestId("faults")).ToContainTextAsync("webapi-crash");
        suite.Host.Clock.Advance(TimeSpan.FromMinutes(4));
        foreach (var page in new[] { instigator.Page, responder.Page })
        {
            await Expect(page.GetByTestId("second")).ToHaveTextAsync("04:00");
            // Half the webapi instances crashed at minute 3; traffic flows; the charts' 10 s buckets up to 04:00 are complete.
            await Expect(Service(page, "webapi")).ToContainTextAsync("3/6");
            await Expect(Service(page, "webapi").Locator("td").Nth(1)).ToHaveTextAsync("degraded");
            await Expect(Service(page, "loadbalancer").Locator("td").Nth(3)).Not.ToHaveTextAsync("0");
            await Expect(page.Locator("#success-chart svg")).ToHaveAttributeAsync("data-last-x", "240");
            await Expect(page.Locator("#latency-chart svg")).ToHaveAttributeAsync("data-last-x", "240");
        }
        // With an alarm firing, every panel still holds its content and the charts stay readable.
        foreach (var page in new[] { instigator.Page, responder.Page })
        {
            await Expect(page.GetByTestId("alarm-count")).ToHaveTextAsync("1 alarm(s) firing");
            var problems = await LayoutProblems.FindAsync(page);
            Assert.True(problems.Length == 0, $"{page.Url}:\n{string.Join('\n', problems)}");
        }
        await responder.ScreenshotAsync("responder-console-after-inject");

        suite.Host.Clock.Advance(TimeSpan.FromMinutes(3));
        foreach (var page in new[] { instigator.Page, responder.Page })
        {
            await Expect(page.Locator("#success-chart svg")).ToHaveAttributeAsync("data-last-x", "420");
        }
        await instigator.ScreenshotAsync("instigator-console-after-inject");
        instigator.AssertNoErrors();
        responder.AssertNoErrors();
    }

    private static ILocator Service(IPage page, string id) =>
        page.Locator("#services tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = id, Exact = true }) });
}

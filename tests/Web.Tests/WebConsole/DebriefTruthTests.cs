using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.WebConsole;

/// <summary>
/// The debrief draws the ground truth per request type (failed share and p99 per minute) with the assessed window and
/// shares on it, and says in words how the assessment differs, on the clock the tools printed.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class DebriefTruthTests(WebSuite suite)
{
    [Theory]
    [InlineData("laptop")]
    [InlineData("wide")]
    [InlineData("phone")]
    public async Task The_debrief_draws_the_truth_curves_with_the_assessment_on_them_and_says_the_difference_in_words(string viewport)
    {
        var ivo = await suite.RegisterAsync($"Ivo Truth {viewport}", canInstigate: true);
        var rita = await suite.RegisterAsync($"Rita Truth {viewport}");
        var sessionId = await suite.SessionAsync(ivo.Token, [(rita.Id, "responder")]);
        using var instigator = suite.ClientFor(ivo.Token);
        using var responder = suite.ClientFor(rita.Token);
        await WebSuite.SendAsync(instigator, $"/api/sessions/{sessionId}/faults", new { injectId = "webapi-crash" });
        for (var minute = 0; minute < 6; minute++)
        {
            suite.Host.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        await WebSuite.SendAsync(responder, $"/api/sessions/{sessionId}/resolve");
        await WebSuite.SendAsync(responder, $"/api/sessions/{sessionId}/assessment", new
        {
            startMinute = 1, endMinute = 3, failedShares = new Dictionary<string, double> { ["get-object"] = 0.3 }, rootCause = "webapi crashed", summary = "it came back",
        });
        await WebSuite.SendAsync(instigator, $"/api/sessions/{sessionId}/debrief");

        await using var visitor = await suite.SignInAsync(rita.Token, $"rita-truth-{viewport}", Viewports.Named(viewport));
        var page = visitor.Page;
        await page.GotoAsync($"/sessions/{sessionId}/debrief");

        var curves = page.GetByTestId("truth-curve");
        await Expect(curves).ToHaveCountAsync(3);
        var getObject = page.Locator("[data-testid=truth-curve][data-request-type=get-object]");
        await Expect(getObject).ToContainTextAsync("get-object");
        await Expect(getObject.GetByTestId("truth-line")).ToHaveAttributeAsync("d", new System.Text.RegularExpressions.Regex("^M[0-9.]+,[0-9.]+L"));
        await Expect(getObject.GetByTestId("latency-line")).ToHaveAttributeAsync("d", new System.Text.RegularExpressions.Regex("^M[0-9.]+,[0-9.]+L"));
        await Expect(getObject.GetByTestId("assessed-window")).ToBeVisibleAsync();
        await Expect(getObject.GetByTestId("assessed-share")).ToHaveCountAsync(1);
        await Expect(getObject).ToContainTextAsync("you said 30 %");
        await Expect(getObject).ToContainTextAsync("your window");
        // The axis reads as the tools' clock, and as time since the cell started.
        await Expect(getObject.Locator("svg")).ToContainTextAsync("14:00");
        await Expect(getObject.Locator("svg")).ToContainTextAsync("T+00");
        var words = page.GetByTestId("differences");
        await Expect(words).ToContainTextAsync("You placed the start");
        await Expect(words).ToContainTextAsync("you said 14:01 (T+01:00)");
        await Expect(words).ToContainTextAsync("get-object failures by");
        await Expect(words).ToContainTextAsync("in minutes 14:01 through 14:03 (T+01:00 to T+04:00), the window you assessed");
        await Viewports.AssertNoSidewaysScrollAsync(page, $"The debrief's truth curves at {viewport}");
        await getObject.ScrollIntoViewIfNeededAsync();
        await visitor.ScreenshotAsync($"debrief-truth-{viewport}");
        visitor.AssertNoErrors();
    }
}

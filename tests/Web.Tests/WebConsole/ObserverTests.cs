using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.WebConsole;

/// <summary>An observer follows a session live and can change nothing.</summary>
[Collection(WebCollection.Name)]
public sealed class ObserverTests(WebSuite suite)
{
    [Fact]
    public async Task The_observer_view_is_read_only_and_follows_the_timeline_and_health_live()
    {
        var ines = await suite.RegisterAsync("Olga Instigator", canInstigate: true);
        var rui = await suite.RegisterAsync("Otto Responder");
        var obi = await suite.RegisterAsync("Oona Observer");
        var sessionId = await suite.SessionAsync(ines.Token, [(rui.Id, "responder"), (obi.Id, "observer")]);

        await using var observer = await suite.SignInAsync(obi.Token, "oona");
        var page = observer.Page;
        // Before the debrief the session goes by a neutral name: the scenario's id and title tell the fault.
        await Expect(page.GetByTestId("running")).ToContainTextAsync($"practice session {sessionId.ToString()[..8]}");
        await Expect(page.GetByTestId("running")).Not.ToContainTextAsync("manta-webapi-crash");
        await page.GetByTestId("running").GetByRole(AriaRole.Link, new() { Name = "Open" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/sessions/{sessionId}/observe$"));
        await Expect(page.GetByTestId("session-name")).ToHaveTextAsync($"Observing: practice session {sessionId.ToString()[..8]} (manta environment)");
        await Expect(page.GetByTestId("timeline")).ToContainTextAsync("Session started.");
        await Expect(page.Locator("#services tbody tr").First).ToBeVisibleAsync();
        // No traffic has been measured yet: the chart says so instead of drawing empty axes.
        await Expect(page.Locator("#success-chart")).ToContainTextAsync("Waiting for the first 10 s of traffic");
        await Expect(page.GetByTestId("alarm-count")).ToHaveTextAsync("No alarm firing");

        // Nothing to type into, pick or press: no composer, no terminal, no controls.
        var main = page.Locator("main");
        await Expect(main.Locator("input, textarea, select, button, form")).ToHaveCountAsync(0);

        // A responder's post and an alarm from the instigator's inject arrive without a reload; the inject itself stays hidden.
        using var responder = suite.ClientFor(rui.Token);
        await WebSuite.SendAsync(responder, $"/api/sessions/{sessionId}/channel", new { kind = "message", text = "Otto is on it." });
        await Expect(page.GetByTestId("timeline")).ToContainTextAsync("Otto is on it.");
        using var instigator = suite.ClientFor(ines.Token);
        await WebSuite.SendAsync(instigator, $"/api/sessions/{sessionId}/faults", new { injectId = "webapi-crash" });
        suite.Host.Clock.Advance(TimeSpan.FromMinutes(4));
        await Expect(page.GetByTestId("alarm-count")).ToHaveTextAsync(new Regex("alarm\\(s\\) firing"));
        await Expect(page.Locator("#alarms")).ToContainTextAsync("webapi-instances-unhealthy");
        await Expect(page.Locator("#success-chart svg")).ToBeVisibleAsync();
        await Expect(page.Locator("#timeline li.alarm").First).ToBeVisibleAsync();
        await Expect(page.Locator("#timeline li.inject")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("second")).Not.ToHaveTextAsync("00:00");
        await observer.ScreenshotAsync("observer");
        observer.AssertNoErrors();

        // The consoles that act are not the observer's (the 403 page load logs a failed resource, as it should).
        await page.GotoAsync($"/sessions/{sessionId}/respond");
        await Expect(page.GetByTestId("forbidden")).ToBeVisibleAsync();
        observer.ForgetErrors();
    }
}

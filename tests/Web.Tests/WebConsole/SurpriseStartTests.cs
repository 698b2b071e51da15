using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.WebConsole;

/// <summary>
/// A surprise start from the console: the instigator gives a window instead of a time, the setup page shows the
/// drawn start inside it, and a responder's console shows the window and never the drawn time.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class SurpriseStartTests(WebSuite suite)
{
    [Fact]
    public async Task An_instigator_schedules_a_surprise_window_and_the_responder_sees_only_the_window()
    {
        var ivo = await suite.RegisterAsync("Ivo Surpriser", canInstigate: true);
        var rita = await suite.RegisterAsync("Rita Surprised");
        await using var instigator = await suite.SignInAsync(ivo.Token, "ivo");
        var page = instigator.Page;
        await page.GotoAsync("/sessions/new");
        await page.GetByLabel("Scenario").SelectOptionAsync("manta-webapi-crash");
        await page.GetByText("A surprise start instead").ClickAsync();
        // Half a window is refused in the form's own words.
        await page.GetByLabel(new Regex("^Earliest")).FillAsync("2030-05-02T10:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create session" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert).First).ToHaveTextAsync("A surprise start needs both the earliest and the latest time of its window.");
        await page.GetByLabel("Latest").FillAsync("2030-05-02T12:00");
        await instigator.ScreenshotAsync("session-new-surprise");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create session" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(SetupUrl());
        var id = Guid.Parse(SetupUrl().Match(page.Url).Groups[1].Value);
        // The browser is in Lisbon (UTC+1 in May): 10:00-12:00 local is 09:00-11:00 UTC.
        await Expect(page.GetByTestId("start-window")).ToHaveTextAsync("drawn between 2030-05-02 09:00:00Z and 2030-05-02 11:00:00Z; responders see only the window");
        using var client = suite.ClientFor(ivo.Token);
        var drawn = JsonDocument.Parse(await client.GetStringAsync($"/api/sessions/{id}")).RootElement.GetProperty("scheduledStart").GetDateTimeOffset();
        Assert.InRange(drawn, new DateTimeOffset(2030, 5, 2, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2030, 5, 2, 11, 0, 0, TimeSpan.Zero));
        await WebSuite.SendAsync(client, $"/api/sessions/{id}/participants", new { personId = rita.Id, role = "responder" });

        await using var responder = await suite.SignInAsync(rita.Token, "rita");
        await responder.Page.GotoAsync($"/sessions/{id}/respond");
        await Expect(responder.Page.GetByTestId("waiting")).ToContainTextAsync("a surprise start between");
        var html = await responder.Page.ContentAsync();
        // Neither as an instant (a datetime attribute) nor as the reader's local time (unless a window edge says it).
        Assert.DoesNotContain(drawn.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture), html, StringComparison.Ordinal);
        var local = drawn.ToOffset(TimeSpan.FromHours(1)).ToString("HH:mm", CultureInfo.InvariantCulture);
        if (local is not ("10:00" or "12:00"))
        {
            Assert.DoesNotContain(local, html, StringComparison.Ordinal);
        }
        await responder.ScreenshotAsync("responder-surprise-waiting");
        instigator.AssertNoErrors();
        responder.AssertNoErrors();
    }

    [GeneratedRegex("/sessions/([0-9a-f-]{36})/setup$")]
    private static partial Regex SetupUrl();
}

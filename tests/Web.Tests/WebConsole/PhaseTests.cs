using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.WebConsole;

/// <summary>
/// What to do next, for a responder: before the start, when it starts and a briefing that gives nothing away; at
/// the start, the briefing folds away; once the debrief is held, the console takes them there.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PhaseTests(WebSuite suite)
{
    [Theory]
    [InlineData("laptop")]
    [InlineData("wide")]
    [InlineData("phone")]
    public async Task Before_the_start_a_responder_sees_when_it_starts_and_a_neutral_briefing(string viewport)
    {
        await using var room = await WarRoom.OpenAsync(suite, $"Waiting {viewport}", Viewports.Named(viewport), start: false, scheduledStart: suite.Host.Clock.GetUtcNow().AddMinutes(12));
        var page = room.Responder.Page;
        await Expect(page.GetByTestId("waiting")).ToHaveTextAsync(new Regex(@"^Waiting: starts at (\w{3} \d{1,2} \w{3} )?\d\d:\d\d \(in 12 min\)$"));
        var briefing = page.GetByTestId("briefing");
        await Expect(briefing).ToBeVisibleAsync();
        await Expect(briefing).ToContainTextAsync("manta environment");
        await Expect(briefing).ToContainTextAsync("declare it restored");
        // Neutral: neither the scenario's id nor its title, nor the fault's name, anywhere on the page.
        var markup = await page.ContentAsync();
        foreach (var secret in new[] { "manta-webapi-crash", "Front door web API processes in maintenance", "webapi-crash" })
        {
            Assert.DoesNotContain(secret, markup, StringComparison.Ordinal);
        }
        await Viewports.AssertNoSidewaysScrollAsync(page, $"The waiting responder console at {viewport}");
        await room.Responder.ScreenshotAsync($"responder-waiting-{viewport}");

        using var api = suite.ClientFor(room.InstigatorToken);
        await WebSuite.SendAsync(api, $"/api/sessions/{room.SessionId}/start");
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("running");
        await Expect(page.GetByTestId("waiting")).ToBeHiddenAsync();
        await Expect(briefing).Not.ToHaveAttributeAsync("open", "");
        var declare = page.GetByRole(AriaRole.Button, new() { Name = "Declare service restored" });
        await Expect(declare).ToBeEnabledAsync();
        await Expect(declare).Not.ToHaveClassAsync(new Regex("primary"));
        room.AssertNoErrors();
    }

    [Fact]
    public async Task Responders_are_taken_to_the_debrief_when_it_is_held()
    {
        await using var room = await WarRoom.OpenAsync(suite, "Debrief move", Viewports.Laptop);
        using var instigator = suite.ClientFor(room.InstigatorToken);
        using var responder = suite.ClientFor(room.ResponderToken);
        await WebSuite.SendAsync(instigator, $"/api/sessions/{room.SessionId}/faults", new { injectId = "webapi-crash" });
        suite.Host.Clock.Advance(TimeSpan.FromMinutes(2));
        await WebSuite.SendAsync(responder, $"/api/sessions/{room.SessionId}/commands", new { commandLine = "svcadm clear webapi" });
        await WebSuite.SendAsync(responder, $"/api/sessions/{room.SessionId}/resolve");
        await Expect(room.Responder.Page.Locator("#assessment-form")).ToBeVisibleAsync();
        await WebSuite.SendAsync(responder, $"/api/sessions/{room.SessionId}/assessment", new
        {
            startMinute = 0, endMinute = 2, failedShares = new Dictionary<string, double> { ["get-object"] = 0.5 }, rootCause = "webapi crashed", summary = "cleared maintenance",
        });
        await WebSuite.SendAsync(instigator, $"/api/sessions/{room.SessionId}/debrief");
        await Expect(room.Responder.Page).ToHaveURLAsync(new Regex($"/sessions/{room.SessionId}/debrief$"));
        await Expect(room.Responder.Page.GetByTestId("impact-chart")).ToBeVisibleAsync();
        room.AssertNoErrors();
    }

    [Fact]
    public async Task An_impact_that_ends_before_it_starts_is_refused_in_the_forms_words()
    {
        await using var room = await WarRoom.OpenAsync(suite, "Assess words", Viewports.Laptop);
        var page = room.Responder.Page;
        await page.GetByRole(AriaRole.Button, new() { Name = "Declare service restored" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes" }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("resolved");
        await page.GetByLabel("Impact started (minute)").FillAsync("5");
        await page.GetByLabel("Impact ended (minute)").FillAsync("2");
        await page.GetByLabel("Root cause").FillAsync("unknown");
        await page.GetByLabel("Summary").FillAsync("nothing");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit assessment" }).ClickAsync();
        await Expect(page.Locator("#restore-error")).ToHaveTextAsync("The impact cannot end (minute 2) before it started (minute 5): check the two minutes.");
        await Expect(page.Locator("#restore-error")).Not.ToContainTextAsync("<=");
        room.AssertNoErrors();
    }
}

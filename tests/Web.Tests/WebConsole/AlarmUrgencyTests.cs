using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.WebConsole;

/// <summary>
/// A critical alarm cannot be missed: a banner saying how long it has fired (in simulated time), the tab's title and
/// favicon, a tone when the responder turned sound on; and once it clears, it looks cleared everywhere, the channel too.
/// The primary action follows: Acknowledge while it pages, Declare service restored once nothing fires.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class AlarmUrgencyTests(WebSuite suite)
{
    [Theory]
    [InlineData("laptop")]
    [InlineData("wide")]
    [InlineData("phone")]
    public async Task A_critical_alarm_is_a_banner_a_title_a_favicon_and_a_tone_until_it_clears(string viewport)
    {
        await using var room = await WarRoom.OpenAsync(suite, $"Urgency {viewport}", Viewports.Named(viewport));
        var page = room.Responder.Page;
        var banner = page.GetByTestId("urgent-alarm");
        var declare = page.GetByRole(AriaRole.Button, new() { Name = "Declare service restored" });
        var quietTitle = await page.TitleAsync();
        await Expect(banner).ToBeHiddenAsync();
        // Second 0: nothing has happened, so declaring restored is not what to do next.
        await Expect(declare).Not.ToHaveClassAsync(new Regex("primary"));
        await page.GetByLabel("Sound for critical alarms").CheckAsync();

        await room.PageTheRespondersAsync(suite);
        await Expect(banner).ToBeVisibleAsync();
        // Counted on the session's clock: the stream never sends an alarm ahead of the second it fired in.
        await Expect(banner).ToContainTextAsync(new Regex(@"CRITICAL: webapi-instances-unhealthy firing for \d+ m \d+ s \(not acknowledged\)"));
        await Expect(page).ToHaveTitleAsync(new Regex("^🔴 FIRING: "));
        await Expect(page.Locator("#favicon")).ToHaveAttributeAsync("href", new Regex("^data:image/svg\\+xml"));
        await Expect(banner).ToHaveAttributeAsync("data-tones", new Regex("^[1-9]"));
        foreach (var other in new[] { room.Instigator.Page, room.Observer.Page })
        {
            await Expect(other.GetByTestId("urgent-alarm")).ToContainTextAsync("webapi-instances-unhealthy firing for");
            await Expect(other).ToHaveTitleAsync(new Regex("^🔴 FIRING: "));
        }
        // The time it has fired follows the simulated clock.
        var before = await banner.TextContentAsync();
        suite.Host.Clock.Advance(TimeSpan.FromSeconds(30));
        await Expect(banner).Not.ToHaveTextAsync(before!);
        var acknowledge = page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge webapi-instances-unhealthy" });
        await Expect(acknowledge).ToHaveClassAsync(new Regex("primary"));
        await room.Responder.ScreenshotAsync($"responder-critical-alarm-{viewport}");

        await acknowledge.ClickAsync();
        await Expect(banner).ToContainTextAsync("(acknowledged by Rita Urgency");

        using var responder = suite.ClientFor(room.ResponderToken);
        await WebSuite.SendAsync(responder, $"/api/sessions/{room.SessionId}/commands", new { commandLine = "svcadm clear webapi" });
        // The rest of webapi crashes nine minutes after the inject, the early-cleared instances with it, and the alarm
        // fires again a minute later: clear again.
        suite.Host.Clock.Advance(TimeSpan.FromMinutes(7));
        await WebSuite.SendAsync(responder, $"/api/sessions/{room.SessionId}/commands", new { commandLine = "svcadm clear webapi" });
        suite.Host.Clock.Advance(TimeSpan.FromMinutes(7));
        await Expect(page.GetByTestId("alarm-count")).ToHaveTextAsync("No alarm firing");
        await Expect(banner).ToBeHiddenAsync();
        await Expect(page).ToHaveTitleAsync(quietTitle);
        await Expect(page.Locator("#favicon")).ToHaveAttributeAsync("href", "data:,");
        // Cleared, in the channel too: its own class and words, not the firing's red.
        foreach (var channel in new[] { page.Locator("#channel"), room.Instigator.Page.Locator("#channel") })
        {
            var cleared = channel.Locator("li.alarm.alarm-cleared").First;
            await Expect(cleared).ToContainTextAsync("alarm cleared");
            var firing = channel.Locator("li.alarm:not(.alarm-cleared)").First;
            var colours = await channel.EvaluateAsync<string[]>("c => [...c.querySelectorAll('li.alarm')].map(li => getComputedStyle(li).borderLeftColor)");
            Assert.True(colours.Distinct().Count() == 2, $"Firing and cleared alarms share a colour in the channel: {string.Join(", ", colours)}");
            await Expect(firing).ToContainTextAsync("FIRING");
        }
        await Expect(declare).ToHaveClassAsync(new Regex("primary"));
        await room.Responder.ScreenshotAsync($"responder-alarm-cleared-{viewport}");
        room.AssertNoErrors();
    }
}

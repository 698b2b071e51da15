using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.WebConsole;

/// <summary>The kill switch reaches every open console at once: no alarm left firing, no Acknowledge, nothing to run.</summary>
[Collection(WebCollection.Name)]
public sealed class KillSwitchTests(WebSuite suite)
{
    [Theory]
    [InlineData("laptop")]
    [InlineData("wide")]
    [InlineData("phone")]
    public async Task An_abort_reaches_the_responder_observer_and_instigator_consoles_at_once(string viewport)
    {
        await using var room = await WarRoom.OpenAsync(suite, $"Kill {viewport}", Viewports.Named(viewport));
        await room.PageTheRespondersAsync(suite);
        var responder = room.Responder.Page;
        await Expect(responder.GetByRole(AriaRole.Button, new() { Name = "Acknowledge webapi-instances-unhealthy" })).ToBeVisibleAsync();

        var instigator = room.Instigator.Page;
        await instigator.GetByRole(AriaRole.Button, new() { Name = "Abort (kill switch)" }).ClickAsync();
        await instigator.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Yes, do it" }).ClickAsync();

        foreach (var (visitor, role) in new[] { (room.Responder, "responder"), (room.Observer, "observer"), (room.Instigator, "instigator") })
        {
            var page = visitor.Page;
            await Expect(page.GetByTestId("status")).ToHaveTextAsync("aborted");
            await Expect(page.GetByTestId("ended")).ToContainTextAsync("aborted with the kill switch");
            await Expect(page.GetByTestId("alarm-count")).ToHaveTextAsync("No alarm live: the session was aborted (kill switch)");
            await Expect(page.Locator("#alarms")).ToContainTextAsync("stopped (session aborted)");
            await Expect(page.Locator("#alarms")).Not.ToContainTextAsync("FIRING");
            await Expect(page.GetByTestId("urgent-alarm")).ToBeHiddenAsync();
            await Expect(page).Not.ToHaveTitleAsync(new Regex("FIRING"));
            await visitor.ScreenshotAsync(role == "responder" ? $"kill-switch-responder-{viewport}" : $"kill-switch-{role}");
        }
        await Expect(responder.GetByRole(AriaRole.Button, new() { Name = "Acknowledge webapi-instances-unhealthy" })).ToHaveCountAsync(0);
        await Expect(responder.GetByRole(AriaRole.Button, new() { Name = "Declare service restored" })).ToBeDisabledAsync();
        await responder.GetByLabel("Command").FillAsync("svcs -xv");
        await responder.GetByLabel("Command").PressAsync("Enter");
        await Expect(responder.GetByTestId("terminal").Locator(".note")).ToContainTextAsync("svcs -xv: not run: the practice was aborted with the kill switch");
        room.AssertNoErrors();
    }
}

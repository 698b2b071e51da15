using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.WebConsole;

/// <summary>The instigator's pause, resume, pace and kill switch, seen in their console and in a responder's.</summary>
[Collection(WebCollection.Name)]
public sealed class InstigatorControlsTests(WebSuite suite)
{
    [Fact]
    public async Task Pause_resume_pace_and_abort_with_confirmation_reach_the_instigator_and_the_responders()
    {
        var ivo = await suite.RegisterAsync("Ivo Instigator", canInstigate: true);
        var rita = await suite.RegisterAsync("Rita Responder");
        var sessionId = await suite.SessionAsync(ivo.Token, [(rita.Id, "responder")]);
        await using var instigator = await suite.SignInAsync(ivo.Token, "ivo");
        await using var responder = await suite.SignInAsync(rita.Token, "rita");
        var page = instigator.Page;
        await page.GotoAsync($"/sessions/{sessionId}/instigate");
        await responder.Page.GotoAsync($"/sessions/{sessionId}/respond");
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("running");
        await Expect(responder.Page.GetByTestId("status")).ToHaveTextAsync("running");

        await page.GetByRole(AriaRole.Button, new() { Name = "Pause", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("paused");
        await Expect(responder.Page.GetByTestId("status")).ToHaveTextAsync("paused");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Pause", Exact = true })).ToBeDisabledAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Resume" })).ToBeEnabledAsync();
        // A paused cell does not move however long the wall clock runs.
        var frozen = await responder.Page.GetByTestId("second").TextContentAsync();
        suite.Host.Clock.Advance(TimeSpan.FromMinutes(2));
        await page.GetByRole(AriaRole.Button, new() { Name = "Resume" }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("running");
        await Expect(responder.Page.GetByTestId("status")).ToHaveTextAsync("running");
        await Expect(responder.Page.GetByTestId("second")).ToHaveTextAsync(frozen!);

        // Ten simulated seconds per second: six seconds later both pages show a minute more.
        await page.GetByLabel("Pace (simulated seconds per second)").FillAsync("10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set pace" }).ClickAsync();
        await Expect(page.Locator("#speed-now")).ToHaveTextAsync("10×");
        suite.Host.Clock.Advance(TimeSpan.FromSeconds(6));
        var minuteLater = Later(frozen!, 60);
        await Expect(page.GetByTestId("second")).ToHaveTextAsync(minuteLater);
        await Expect(responder.Page.GetByTestId("second")).ToHaveTextAsync(minuteLater);

        // The kill switch asks first; cancelling leaves the session running.
        var abort = page.GetByRole(AriaRole.Button, new() { Name = "Abort (kill switch)" });
        await abort.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog).ToContainTextAsync("Abort the session?");
        await instigator.ScreenshotAsync("instigator-abort-confirmation");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("running");

        await abort.ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Yes, do it" }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("aborted");
        await Expect(responder.Page.GetByTestId("status")).ToHaveTextAsync("aborted");
        await Expect(abort).ToBeDisabledAsync();
        await responder.ScreenshotAsync("responder-after-abort");
        instigator.AssertNoErrors();
        responder.AssertNoErrors();
    }

    /// <summary>The console's mm:ss clock <paramref name="seconds"/> after <paramref name="clock"/>.</summary>
    private static string Later(string clock, int seconds)
    {
        var parts = clock.Split(':').Select(int.Parse).ToArray();
        var total = parts.Aggregate(0, (sum, part) => (sum * 60) + part) + seconds;
        return total >= 3600 ? $"{total / 3600}:{total / 60 % 60:00}:{total % 60:00}" : $"{total / 60:00}:{total % 60:00}";
    }
}

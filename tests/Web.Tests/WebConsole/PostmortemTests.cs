using System.Net.Http.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.WebConsole;

/// <summary>The postmortem page: closed to responders before the debrief, reached from it, a section saved over someone else's save, action items, printing.</summary>
[Collection(WebCollection.Name)]
public sealed class PostmortemTests(WebSuite suite)
{
    [Fact]
    public async Task A_save_over_someone_elses_shows_their_text_and_reapplies_mine_and_the_page_prints_without_the_editors()
    {
        var ivo = await suite.RegisterAsync("Ivo Postmortem", canInstigate: true);
        var rita = await suite.RegisterAsync("Rita Postmortem");
        var rui = await suite.RegisterAsync("Rui Postmortem");
        var sessionId = await suite.SessionAsync(ivo.Token, [(rita.Id, "responder"), (rui.Id, "responder")]);
        using var instigator = suite.ClientFor(ivo.Token);
        using var responder = suite.ClientFor(rui.Token);
        await WebSuite.SendAsync(instigator, $"/api/sessions/{sessionId}/faults", new { injectId = "webapi-crash" });
        suite.Host.Clock.Advance(TimeSpan.FromMinutes(3));
        await WebSuite.SendAsync(responder, $"/api/sessions/{sessionId}/commands", new { commandLine = "svcadm clear webapi" });
        await WebSuite.SendAsync(responder, $"/api/sessions/{sessionId}/resolve");
        await WebSuite.SendAsync(responder, $"/api/sessions/{sessionId}/assessment", new
        {
            startMinute = 0, endMinute = 3, failedShares = new Dictionary<string, double> { ["get-object"] = 0.2 }, rootCause = "webapi crashed", summary = "cleared maintenance",
        });

        // Before the debrief a responder is turned away and shown nothing of it.
        await using var visitor = await suite.SignInAsync(rita.Token, "rita");
        var page = visitor.Page;
        await page.GotoAsync($"/sessions/{sessionId}/postmortem");
        await Expect(page.GetByTestId("forbidden")).ToBeVisibleAsync();
        Assert.DoesNotContain("webapi", await page.ContentAsync(), StringComparison.OrdinalIgnoreCase);
        visitor.ForgetErrors();
        await WebSuite.SendAsync(instigator, $"/api/sessions/{sessionId}/debrief");

        await page.GotoAsync($"/sessions/{sessionId}/debrief");
        await page.GetByTestId("postmortem-link").ClickAsync();
        await Expect(page.GetByTestId("pm-timeline")).ToContainTextAsync("Mitigated: svcadm clear webapi");
        await Expect(page.GetByTestId("block-commands-that-mattered")).ToContainTextAsync("Rui Postmortem: svcadm clear webapi");

        // Rui saves the summary while Rita's page still holds version 0.
        using var ruiSaves = await responder.PutAsJsonAsync($"/api/sessions/{sessionId}/postmortem/sections/summary", new { version = 0, text = "Rui: webapi crashed into maintenance." });
        Assert.True(ruiSaves.IsSuccessStatusCode, await ruiSaves.Content.ReadAsStringAsync());
        var summary = page.GetByTestId("section-summary");
        await summary.GetByLabel("Edit: summary").FillAsync("Rita: half the webapi instances went into maintenance at minute 0.");
        await summary.GetByRole(AriaRole.Button, new() { Name = "Save summary" }).ClickAsync();
        var conflict = page.GetByTestId("conflict-summary");
        await Expect(conflict).ToBeVisibleAsync();
        await Expect(conflict).ToContainTextAsync("Rui Postmortem saved this section (version 1)");
        await Expect(conflict).ToContainTextAsync("Rui: webapi crashed into maintenance.");
        await Expect(page.GetByTestId("text-summary")).Not.ToContainTextAsync("Rita:");
        await visitor.ScreenshotAsync("postmortem-conflict");
        // The browser logs the refused save itself; nothing else may have gone wrong.
        Assert.All(visitor.Errors, e => Assert.Contains("status of 409", e, StringComparison.Ordinal));
        visitor.ForgetErrors();
        await conflict.GetByRole(AriaRole.Button, new() { Name = "Save mine on their version" }).ClickAsync();
        await Expect(conflict).ToBeHiddenAsync();
        await Expect(page.GetByTestId("text-summary")).ToHaveTextAsync("Rita: half the webapi instances went into maintenance at minute 0.");
        await Expect(page.GetByTestId("edited-summary")).ToContainTextAsync("Version 2, last edited by Rita Postmortem");

        var actions = page.GetByTestId("section-action-items");
        await actions.GetByRole(AriaRole.Button, new() { Name = "Add an action item" }).ClickAsync();
        await actions.GetByLabel("Action").FillAsync("Alert when a webapi instance enters maintenance");
        await actions.GetByLabel("Owner").SelectOptionAsync(new SelectOptionValue { Label = "Rui Postmortem" });
        await actions.GetByRole(AriaRole.Button, new() { Name = "Save action items" }).ClickAsync();
        await Expect(page.GetByTestId("items-action-items")).ToContainTextAsync("Alert when a webapi instance enters maintenance (owner: Rui Postmortem)");

        // After a reload the saves are there, with their history; printed, the editors and the console around it go.
        await page.ReloadAsync();
        await Expect(page.GetByTestId("history-summary")).ToContainTextAsync("History (2)");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(summary.GetByLabel("Edit: summary")).ToBeHiddenAsync();
        await Expect(page.GetByTestId("print")).ToBeHiddenAsync();
        await Expect(page.Locator("header.top")).ToBeHiddenAsync();
        await Expect(page.GetByTestId("text-summary")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("items-action-items")).ToContainTextAsync("Alert when a webapi instance enters maintenance");
        await visitor.ScreenshotAsync("postmortem-print");
        visitor.AssertNoErrors();
    }
}

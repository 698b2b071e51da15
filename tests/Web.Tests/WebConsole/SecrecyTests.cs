using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.WebConsole;

/// <summary>A responder learns the answer neither from the catalog nor by typing the instigator console's address.</summary>
[Collection(WebCollection.Name)]
public sealed class SecrecyTests(WebSuite suite)
{
    [Fact]
    public async Task A_responder_cannot_reach_the_solution_or_the_instigator_console_by_URL()
    {
        var instigator = await suite.RegisterAsync("Iris Instigator", canInstigate: true);
        var responder = await suite.RegisterAsync("Remy Responder");
        using var iris = new HttpClient { BaseAddress = suite.Host.Address };
        iris.DefaultRequestHeaders.Authorization = new("Bearer", instigator.Token);
        var created = await iris.PostAsJsonAsync("/api/sessions", new { scenarioId = "manta-webapi-crash" });
        var sessionId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var added = await iris.PostAsJsonAsync($"/api/sessions/{sessionId}/participants", new { personId = responder.Id, role = "responder" });
        Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync());

        await using var remy = await suite.SignInAsync(responder.Token, "remy");
        // The catalog is for admins and instigators: a responder meets the scenario in the session, not before.
        await Expect(remy.Page.GetByRole(AriaRole.Link, new() { Name = "Scenarios" })).ToHaveCountAsync(0);
        foreach (var path in new[] { "/scenarios", "/scenarios/manta-webapi-crash" })
        {
            await remy.Page.GotoAsync(path);
            await Expect(remy.Page.GetByTestId("forbidden")).ToBeVisibleAsync();
            await Expect(remy.Page.GetByTestId("solution")).ToHaveCountAsync(0);
        }
        await remy.ScreenshotAsync("scenario-as-responder-forbidden");

        // The responder console names the session, not the scenario, until the debrief.
        await remy.Page.GotoAsync($"/sessions/{sessionId}/respond");
        await Expect(remy.Page.GetByTestId("session-name")).ToHaveTextAsync($"Responder console: practice session {sessionId.ToString()[..8]} (manta environment)");
        await Expect(remy.Page.Locator("main")).Not.ToContainTextAsync("Front door web API processes in maintenance");
        // Nor anywhere in the page's markup or the live session events it has received by now.
        await Expect(remy.Page.GetByTestId("status")).Not.ToHaveTextAsync("");
        Assert.DoesNotContain("manta-webapi-crash", await remy.Page.ContentAsync(), StringComparison.Ordinal);
        var live = await remy.Page.APIRequest.GetAsync($"/api/sessions/{sessionId}");
        Assert.DoesNotContain("manta-webapi-crash", await live.TextAsync(), StringComparison.Ordinal);

        await remy.Page.GotoAsync($"/sessions/{sessionId}/instigate");
        await Expect(remy.Page.GetByTestId("forbidden")).ToBeVisibleAsync();
        await Expect(remy.Page.GetByTestId("solution")).ToHaveCountAsync(0);
        await remy.Page.GotoAsync($"/sessions/{sessionId}/setup");
        await Expect(remy.Page.GetByTestId("forbidden")).ToBeVisibleAsync();
        // The 403 pages log their failed load, as they should; nothing else may.
        remy.ForgetErrors();

        var scenario = await remy.Page.APIRequest.GetAsync("/api/scenarios/manta-webapi-crash");
        Assert.DoesNotContain("svcadm clear", await scenario.TextAsync(), StringComparison.Ordinal);

        // The instigator of the session sees it all.
        await using var irisPage = await suite.SignInAsync(instigator.Token, "iris");
        await irisPage.Page.GotoAsync("/scenarios");
        await Expect(irisPage.Page.GetByTestId("catalog")).ToContainTextAsync("manta-webapi-crash");
        await irisPage.ScreenshotAsync("scenario-catalog");
        await irisPage.Page.GotoAsync($"/sessions/{sessionId}/instigate");
        await Expect(irisPage.Page.GetByTestId("solution")).ToContainTextAsync("svcadm clear");
        irisPage.AssertNoErrors();
        remy.AssertNoErrors();
    }
}

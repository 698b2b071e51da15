using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.WebConsole;

/// <summary>
/// A Code Blue from the console: the instigator calls it on the setup page (paging the cohort), starts the session,
/// a paged person joins from the page the notification links to and lands on the responder console, and the
/// instigator closes joining.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class CodeBlueTests(WebSuite suite)
{
    [Fact]
    public async Task The_instigator_calls_a_Code_Blue_and_a_paged_person_joins_from_the_join_page()
    {
        var ivy = await suite.RegisterAsync("Ivy Bluecaller", canInstigate: true);
        var paz = await suite.RegisterAsync("Paz Paged");
        var id = await SessionForCohortAsync(ivy.Token, paz.Id);
        await using var instigator = await suite.SignInAsync(ivy.Token, "ivy");
        await using var paged = await suite.SignInAsync(paz.Token, "paz");
        var page = instigator.Page;

        await page.GotoAsync($"/sessions/{id}/setup");
        await Expect(page.GetByLabel(new Regex("^People to page"))).ToContainTextAsync("Paz Paged");
        await instigator.ScreenshotAsync("code-blue-setup");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run it as a Code Blue" }).ClickAsync();
        await Expect(page.GetByTestId("code-blue")).ToHaveTextAsync("pages every member of the cohort when it starts");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the session now" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/instigate$"));

        await paged.Page.GotoAsync($"/sessions/{id}/join");
        await paged.Page.GetByRole(AriaRole.Button, new() { Name = "Join the response" }).ClickAsync();
        await Expect(paged.Page.GetByTestId("joined")).ToHaveTextAsync("You join as a responder.");
        await paged.ScreenshotAsync("code-blue-joined");
        await paged.Page.GetByRole(AriaRole.Link, new() { Name = "Open your console" }).ClickAsync();
        await Expect(paged.Page).ToHaveURLAsync(new Regex($"/sessions/{id}/respond$"));

        await page.GotoAsync($"/sessions/{id}/setup");
        await Expect(page.GetByTestId("code-blue")).ToContainTextAsync("1 people paged");
        await page.GetByRole(AriaRole.Button, new() { Name = "Close joining" }).ClickAsync();
        await Expect(page.GetByTestId("code-blue")).ToContainTextAsync("joining closed");
        instigator.AssertNoErrors();
        paged.AssertNoErrors();
    }

    [Fact]
    public async Task Someone_not_paged_is_told_so_on_the_join_page()
    {
        var ivy = await suite.RegisterAsync("Ivy Otherblue", canInstigate: true);
        var paz = await suite.RegisterAsync("Paz Member");
        var stranger = await suite.RegisterAsync("Sam Unpaged");
        var id = await SessionForCohortAsync(ivy.Token, paz.Id);
        using (var client = suite.ClientFor(ivy.Token))
        {
            await WebSuite.SendAsync(client, $"/api/sessions/{id}/code-blue", new { people = Array.Empty<Guid>() });
            await WebSuite.SendAsync(client, $"/api/sessions/{id}/start");
        }
        await using var visitor = await suite.SignInAsync(stranger.Token, "sam");

        await visitor.Page.GotoAsync($"/sessions/{id}/join");
        await visitor.Page.GetByRole(AriaRole.Button, new() { Name = "Join the response" }).ClickAsync();

        await Expect(visitor.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("was not paged for this session");
        visitor.ForgetErrors();
    }

    /// <summary>A session of manta-webapi-crash for a new cohort of one, not started; answers its id.</summary>
    private async Task<Guid> SessionForCohortAsync(string instigatorToken, Guid member)
    {
        using var client = suite.ClientFor(instigatorToken);
        var cohort = await client.PostAsJsonAsync("/api/cohorts", new { name = $"blue {member:N}", members = new[] { member } });
        Assert.True(cohort.IsSuccessStatusCode, await cohort.Content.ReadAsStringAsync());
        var cohortId = JsonDocument.Parse(await cohort.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        var session = await client.PostAsJsonAsync("/api/sessions", new { scenarioId = "manta-webapi-crash", cohortId });
        Assert.True(session.IsSuccessStatusCode, await session.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await session.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
    }
}

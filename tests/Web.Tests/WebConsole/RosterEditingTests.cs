using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.WebConsole;

/// <summary>An instigator sets a roster right before the start: changes a role, removes a person, keeps themself.</summary>
[Collection(WebCollection.Name)]
public sealed partial class RosterEditingTests(WebSuite suite)
{
    [Fact]
    public async Task An_instigator_changes_a_role_and_removes_a_person_on_the_setup_page()
    {
        var sara = await suite.RegisterAsync("Sara Setter", canInstigate: true);
        var tom = await suite.RegisterAsync("Tom Mistaken");
        var una = await suite.RegisterAsync("Una Watcher", experience: "intermediate");

        await using var visitor = await suite.SignInAsync(sara.Token, "sara");
        var page = visitor.Page;
        await page.GotoAsync("/sessions/new");
        await page.GetByLabel("Scenario").SelectOptionAsync("manta-webapi-crash");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create session" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(SetupUrl());
        var picker = page.GetByLabel("Person", new() { Exact = true });
        foreach (var person in new[] { tom, una })
        {
            await page.GetByLabel("Find a person").FillAsync(person.Name);
            await picker.SelectOptionAsync(person.Id.ToString());
            await page.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync("responder");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add to roster" }).ClickAsync();
            await Expect(page.GetByTestId("roster")).ToContainTextAsync(person.Name);
        }
        var roster = page.GetByTestId("roster");

        await page.GetByLabel("Part of Una Watcher").SelectOptionAsync("observer");
        await Expect(roster.Locator("tr", new() { HasText = "Una Watcher" }).Locator("td").Nth(1)).ToHaveTextAsync("observer");

        await page.GetByRole(AriaRole.Button, new() { Name = "Remove Tom Mistaken" }).ClickAsync();
        await Expect(roster).Not.ToContainTextAsync("Tom Mistaken");
        await Expect(picker.Locator("option", new() { HasText = "Tom Mistaken" })).ToBeEnabledAsync();

        // The last instigator stays one: the refusal shows, and the select goes back to what is true.
        await page.GetByLabel("Part of Sara Setter").SelectOptionAsync("observer");
        await Expect(page.Locator("#setup-error")).ToContainTextAsync("last instigator");
        await Expect(page.GetByLabel("Part of Sara Setter")).ToHaveValueAsync("instigator");
        await visitor.ScreenshotAsync("session-setup-roster-editing");
        // The refusal is the one error expected (a 409 logs a failed resource load).
        visitor.ForgetErrors();
    }

    [GeneratedRegex("/sessions/([0-9a-f-]{36})/setup$")]
    private static partial Regex SetupUrl();
}

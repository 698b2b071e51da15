using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.WebConsole;

/// <summary>
/// An instigator sets up a cohort by picking people by name, then a session for it, and builds the roster with the
/// people picker from the keyboard alone.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class CohortTests(WebSuite suite)
{
    [Fact]
    public async Task A_cohort_is_picked_from_people_and_its_session_roster_is_built_from_the_keyboard()
    {
        var cleo = await suite.RegisterAsync("Cleo Cohortlead", canInstigate: true);
        var kofi = await suite.RegisterAsync("Kofi Newhire", experience: "novice");
        var lena = await suite.RegisterAsync("Lena Newhire", experience: "intermediate");
        var mats = await suite.RegisterAsync("Mats Veteran", experience: "experienced");

        await using var visitor = await suite.SignInAsync(cleo.Token, "cleo");
        var page = visitor.Page;
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Cohorts" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/cohorts$"));
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Autumn intake");
        // The list names each person with experience and prerequisites; the filter narrows it.
        var list = page.GetByTestId("member-list");
        await Expect(list).ToContainTextAsync("Lena Newhire: intermediate, prerequisites met");
        var filter = page.GetByLabel("Find people");
        await filter.FillAsync("newhire");
        await Expect(list.GetByRole(AriaRole.Checkbox, new() { Name = "Mats Veteran" })).ToBeHiddenAsync();
        await Expect(page.Locator("#member-count")).ToHaveTextAsync(new Regex("^2 of \\d+ people shown$"));
        // Enter in the filter moves to the first person shown; Space ticks, Tab moves on.
        await filter.FillAsync("kofi");
        await filter.PressAsync("Enter");
        await Expect(list.GetByRole(AriaRole.Checkbox, new() { Name = "Kofi Newhire" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Space");
        await filter.FillAsync("");
        await list.GetByRole(AriaRole.Checkbox, new() { Name = "Lena Newhire" }).CheckAsync();
        await list.GetByRole(AriaRole.Checkbox, new() { Name = "Mats Veteran" }).CheckAsync();
        await visitor.ScreenshotAsync("cohort-new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create cohort" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(CohortUrl());
        var cohortId = CohortUrl().Match(page.Url).Groups[1].Value;
        await Expect(page.GetByTestId("cohort-name")).ToHaveTextAsync("Autumn intake");
        var members = page.GetByTestId("cohort-members");
        await Expect(members.Locator("tbody tr")).ToHaveCountAsync(3);
        await Expect(members).ToContainTextAsync("Kofi Newhire");
        await Expect(members).ToContainTextAsync("experienced");
        await visitor.ScreenshotAsync("cohort");

        // A member sees the cohort on their home page before any session of it names them.
        await using (var member = await suite.SignInAsync(kofi.Token, "kofi"))
        {
            await member.Page.GotoAsync("/");
            await Expect(member.Page.GetByRole(AriaRole.Region, new() { Name = "Cohorts" })).ToContainTextAsync("Autumn intake (3 people, 0 sessions)");
            member.AssertNoErrors();
        }

        // A session for the cohort: the cohort is preselected on the new-session page.
        await page.GetByRole(AriaRole.Link, new() { Name = "Set up a session for this cohort" }).ClickAsync();
        await Expect(page.GetByLabel("Cohort")).ToHaveValueAsync(cohortId);
        await page.GetByLabel("Scenario").SelectOptionAsync("manta-webapi-crash");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create session" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/sessions/[0-9a-f-]{36}/setup$"));
        await Expect(page.GetByTestId("cohort")).ToHaveTextAsync("Autumn intake");

        // The picker lists the cohort first; keyboard only: type, Down to the list, Tab to the role, Tab to add, Enter.
        var picker = page.GetByLabel("Person", new() { Exact = true });
        await Expect(picker.Locator("option").First).ToContainTextAsync("(cohort Autumn intake)");
        var find = page.GetByLabel("Find a person");
        foreach (var (person, role) in new[] { (kofi, "responder"), (lena, "responder"), (mats, "observer") })
        {
            await find.FocusAsync();
            await page.Keyboard.TypeAsync(person.Name.Split(' ')[0]);
            await page.Keyboard.PressAsync("ArrowDown");
            await Expect(picker).ToBeFocusedAsync();
            await Expect(picker).ToHaveValueAsync(person.Id.ToString());
            await page.Keyboard.PressAsync("Tab");
            await Expect(page.GetByLabel("Role")).ToBeFocusedAsync();
            await page.GetByLabel("Role").SelectOptionAsync(role);
            await page.Keyboard.PressAsync("Tab");
            var add = page.GetByRole(AriaRole.Button, new() { Name = "Add to roster" });
            await Expect(add).ToBeFocusedAsync();
            await page.Keyboard.PressAsync("Enter");
            await Expect(page.GetByTestId("roster")).ToContainTextAsync(person.Name);
            await Expect(find).ToBeFocusedAsync();
        }
        await Expect(picker.Locator("option", new() { HasText = "Kofi Newhire" })).ToContainTextAsync("(on the roster)");
        await Expect(picker.Locator("option", new() { HasText = "Kofi Newhire" })).ToBeDisabledAsync();
        await Expect(page.GetByTestId("roster")).ToContainTextAsync("observer");
        await visitor.ScreenshotAsync("session-setup-people-picker");
        visitor.AssertNoErrors();
    }

    [GeneratedRegex("/cohorts/([0-9a-f-]{36})$")]
    private static partial Regex CohortUrl();
}

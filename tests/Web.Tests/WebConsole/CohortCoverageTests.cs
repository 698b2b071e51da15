using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.WebConsole;

/// <summary>
/// An instigator adds a recurring schedule on the cohort's page and sees the coverage matrix fill in; a member sees
/// the matrix without the scenario of their upcoming session.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class CohortCoverageTests(WebSuite suite)
{
    [Fact]
    public async Task A_schedule_added_on_the_cohort_page_fills_the_coverage_matrix_which_members_see_without_scenarios()
    {
        var nora = await suite.RegisterAsync("Nora Rhythm", canInstigate: true);
        var omar = await suite.RegisterAsync("Omar Rhythm", experience: "intermediate");
        using var lead = suite.ClientFor(nora.Token);
        using var created = await lead.PostAsJsonAsync("/api/cohorts", new { name = "Weekly rhythm", members = new[] { omar.Id } });
        var cohort = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();

        await using var visitor = await suite.SignInAsync(nora.Token, "nora");
        var page = visitor.Page;
        await page.GotoAsync($"/cohorts/{cohort}");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Recurring schedules" })).ToContainTextAsync("None yet.");
        await page.GetByLabel("Repeats").SelectOptionAsync("daily");
        await page.GetByLabel("Time zone").FillAsync("Europe/Berlin");
        await page.GetByLabel("Scenarios").FillAsync("manta-webapi-crash, manta-clock-skew");
        await page.GetByLabel("Days ahead sessions are created").FillAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add schedule" }).ClickAsync();

        var schedules = page.GetByTestId("schedules");
        await Expect(schedules).ToContainTextAsync("daily at 14:00 Europe/Berlin");
        await Expect(schedules).ToContainTextAsync("manta-webapi-crash, manta-clock-skew");
        var coverage = page.GetByTestId("coverage");
        await Expect(coverage.Locator("thead")).ToContainTextAsync("manta-webapi-crash");
        await Expect(coverage.GetByRole(AriaRole.Row, new() { Name = "Omar Rhythm" })).ToContainTextAsync("scheduled");
        await visitor.ScreenshotAsync("cohort-coverage");
        visitor.AssertNoErrors();

        await using (var member = await suite.SignInAsync(omar.Token, "omar"))
        {
            await member.Page.GotoAsync($"/cohorts/{cohort}");
            var seen = member.Page.GetByTestId("coverage");
            await Expect(seen.GetByRole(AriaRole.Row, new() { Name = "Omar Rhythm" })).ToContainTextAsync("Omar Rhythm");
            await Expect(member.Page.GetByRole(AriaRole.Region, new() { Name = "Coverage" })).ToContainTextAsync("2 more are counted but not named");
            await Expect(member.Page.Locator("main")).Not.ToContainTextAsync("manta-");
            await Expect(member.Page.GetByRole(AriaRole.Region, new() { Name = "Recurring schedules" })).ToHaveCountAsync(0);
            member.AssertNoErrors();
        }

        // Out of the way of the other tests' clock: the schedule's session must not start and be paced.
        var listed = JsonDocument.Parse(await lead.GetStringAsync($"/api/cohorts/{cohort}/schedules")).RootElement;
        foreach (var occurrence in listed.EnumerateArray().SelectMany(s => s.GetProperty("occurrences").EnumerateArray()))
        {
            await WebSuite.SendAsync(lead, $"/api/sessions/{occurrence.GetProperty("sessionId").GetGuid()}/abort");
        }
    }
}

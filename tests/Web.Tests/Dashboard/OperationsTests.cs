using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.Dashboard;

/// <summary>
/// The practice operations page and the Orleans dashboard beside it, on a host of their own, so every figure checked
/// is caused by this test's one session. In the web collection all the same, so it does not run beside the others.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class OperationsTests
{
    [Fact]
    public async Task The_operations_page_counts_sessions_by_state_and_cells_and_links_the_Orleans_dashboard_which_only_admins_open()
    {
        var own = new WebSuite();
        await own.InitializeAsync();
        try
        {
            var dana = await own.RegisterAsync("Dana Dashboard", canInstigate: true);
            var dirk = await own.RegisterAsync("Dirk Dashboard");
            var sessionId = await own.SessionAsync(dana.Token, [(dirk.Id, "responder")], start: false);
            await using var admin = await own.SignInAsync(WebHost.AdminToken, "admin");
            await admin.Page.GotoAsync("/operations");
            var sessions = admin.Page.GetByTestId("sessions-by-state");
            await Expect(sessions.Locator("tbody tr").Filter(new() { HasText = "draft" })).ToContainTextAsync("1");
            await Expect(admin.Page.GetByTestId("cells-in-memory")).ToHaveTextAsync("0");

            using (var client = own.ClientFor(dana.Token))
            {
                await WebSuite.SendAsync(client, $"/api/sessions/{sessionId}/start");
            }
            await admin.Page.ReloadAsync();
            await Expect(sessions.Locator("tbody tr").Filter(new() { HasText = "running" })).ToContainTextAsync("1");
            await Expect(sessions).Not.ToContainTextAsync("draft");
            await Expect(admin.Page.GetByTestId("cells-in-memory")).ToHaveTextAsync("1");
            await admin.ScreenshotAsync("operations-with-a-running-session");
            admin.AssertNoErrors();

            await admin.Page.GetByTestId("orleans-dashboard").ClickAsync();
            await Expect(admin.Page).ToHaveTitleAsync("Orleans Dashboard");
            await admin.ScreenshotAsync("orleans-dashboard");

            // The dashboard's grain-state viewer and log stream would show what responders must not see.
            await using var responder = await own.SignInAsync(dirk.Token, "dirk");
            foreach (var path in new[] { "/dashboard/", "/dashboard/DashboardCounters", "/operations" })
            {
                await responder.Page.GotoAsync(path);
                await Expect(responder.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/forbidden"));
            }
        }
        finally
        {
            await own.DisposeAsync();
        }
    }
}

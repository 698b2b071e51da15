using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.Dashboard;

/// <summary>
/// The dashboard on a host of its own, so every figure checked is caused by this test's one session and not by the
/// sessions other browser tests left behind. In the web collection all the same, so it does not run beside them.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class DashboardTests
{
    [Fact]
    public async Task The_dashboard_counts_sessions_by_state_without_calling_them_and_shows_the_calls_a_running_session_causes()
    {
        var own = new WebSuite();
        await own.InitializeAsync();
        try
        {
            var dana = await own.RegisterAsync("Dana Dashboard", canInstigate: true);
            var dirk = await own.RegisterAsync("Dirk Dashboard");
            var sessionId = await own.SessionAsync(dana.Token, [(dirk.Id, "responder")], start: false);
            await using var admin = await own.SignInAsync(WebHost.AdminToken, "admin");
            await admin.Page.GotoAsync("/dashboard");
            await Expect(admin.Page.GetByTestId("practice")).ToContainTextAsync("draft: 1");
            // Counting by state asks the session index only: no session method is called, no cell exists yet.
            await Expect(admin.Page.GetByTestId("most-calls")).ToContainTextAsync("sessionindex.CountByStatusAsync");
            var types = admin.Page.GetByTestId("activations-by-type");
            await Expect(admin.Page.GetByTestId("most-calls").GetByRole(AriaRole.Cell, new() { NameRegex = SessionMethod() })).ToHaveCountAsync(0);
            await Expect(types.GetByRole(AriaRole.Cell, new() { Name = "cell", Exact = true })).ToHaveCountAsync(0);

            using (var client = own.ClientFor(dana.Token))
            {
                await WebSuite.SendAsync(client, $"/api/sessions/{sessionId}/start");
            }
            await Expect(admin.Page.GetByTestId("practice")).ToContainTextAsync("running: 1");
            await Expect(admin.Page.GetByTestId("practice")).Not.ToContainTextAsync("draft");
            var cells = types.Locator("tbody tr").Filter(new() { Has = admin.Page.GetByRole(AriaRole.Cell, new() { Name = "cell", Exact = true }) });
            await Expect(cells.Locator("td").Nth(1)).ToHaveTextAsync("1");
            // A running session keeps a durable pace reminder; the dashboard lists it with its period.
            var pace = admin.Page.GetByTestId("next-reminders").Locator("tbody tr").Filter(new() { HasText = $"session/{sessionId:N}" });
            await Expect(pace).ToContainTextAsync("pace");
            await Expect(pace).ToContainTextAsync("60 s");

            // The instigator's console reads the session, which brings its cell up to the clock: calls the
            // dashboard itself never makes.
            await using var console = await own.SignInAsync(dana.Token, "dana");
            await console.Page.GotoAsync($"/sessions/{sessionId}/instigate");
            await Expect(console.Page.GetByTestId("status")).ToHaveTextAsync("running");
            var mostCalls = admin.Page.GetByTestId("most-calls");
            await Expect(mostCalls.GetByRole(AriaRole.Cell, new() { Name = "session.GetAsync", Exact = true })).ToBeVisibleAsync();
            await Expect(mostCalls.GetByRole(AriaRole.Cell, new() { Name = "cell.PollAsync", Exact = true })).ToBeVisibleAsync();
            await Expect(admin.Page.GetByTestId("calls-per-second")).Not.ToHaveTextAsync("0");
            await admin.ScreenshotAsync("dashboard-with-a-running-session");
            admin.AssertNoErrors();
            console.AssertNoErrors();
        }
        finally
        {
            await own.DisposeAsync();
        }
    }

    [GeneratedRegex(@"^session\.")]
    private static partial Regex SessionMethod();
}

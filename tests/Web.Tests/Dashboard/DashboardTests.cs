using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.Dashboard;

[Collection(WebCollection.Name)]
public sealed partial class DashboardTests(WebSuite suite)
{
    [Fact]
    public async Task The_dashboard_shows_activations_by_type_and_call_rates_while_grains_are_called()
    {
        var person = await suite.RegisterAsync("Dana Dashboard");
        await using var admin = await suite.SignInAsync(WebHost.AdminToken, "admin");
        await admin.Page.GotoAsync("/dashboard");
        await Expect(admin.Page.GetByTestId("activations")).ToHaveTextAsync(Positive());
        await Expect(admin.Page.GetByTestId("activations-by-type")).ToContainTextAsync("person");
        // A person signing in and opening their home page calls the token and person grains while the dashboard watches.
        await using var visitor = await suite.SignInAsync(person.Token, "dana");
        await Expect(admin.Page.GetByTestId("most-calls")).ToContainTextAsync("GetAsync");
        await Expect(admin.Page.GetByTestId("calls-per-second")).Not.ToHaveTextAsync("0");
        await admin.ScreenshotAsync("dashboard");
        admin.AssertNoErrors();
    }

    [GeneratedRegex("^[1-9][0-9]*$")]
    private static partial Regex Positive();
}

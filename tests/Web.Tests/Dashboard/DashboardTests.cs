using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.Dashboard;

[Collection(WebCollection.Name)]
public sealed partial class DashboardTests(WebSuite suite)
{
    [Fact]
    public async Task The_dashboard_shows_activations_by_type_and_call_rates_while_grains_are_called()
    {
        var person = await suite.RegisterAsync("Dana Dashboard", canInstigate: true);
        var responder = await suite.RegisterAsync("Dirk Dashboard");
        using var dana = new HttpClient { BaseAddress = suite.Host.Address };
        dana.DefaultRequestHeaders.Authorization = new("Bearer", person.Token);
        var created = await dana.PostAsJsonAsync("/api/sessions", new { scenarioId = "manta-webapi-crash" });
        var sessionId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.True((await dana.PostAsJsonAsync($"/api/sessions/{sessionId}/participants", new { personId = responder.Id, role = "responder" })).IsSuccessStatusCode);
        Assert.True((await dana.PostAsync($"/api/sessions/{sessionId}/start", null)).IsSuccessStatusCode);
        await using var admin = await suite.SignInAsync(WebHost.AdminToken, "admin");
        await admin.Page.GotoAsync("/dashboard");
        await Expect(admin.Page.GetByTestId("activations")).ToHaveTextAsync(Positive());
        await Expect(admin.Page.GetByTestId("activations-by-type")).ToContainTextAsync("session");
        await Expect(admin.Page.GetByTestId("practice")).ToContainTextAsync("running: 1");
        // The running session's instigator opens her console: its live feed calls the session grain every second.
        await using var visitor = await suite.SignInAsync(person.Token, "dana");
        await visitor.Page.GotoAsync($"/sessions/{sessionId}/instigate");
        await Expect(admin.Page.GetByTestId("most-calls")).ToContainTextAsync("session.GetAsync");
        await Expect(admin.Page.GetByTestId("calls-per-second")).Not.ToHaveTextAsync("0");
        await admin.ScreenshotAsync("dashboard");
        admin.AssertNoErrors();
    }

    [GeneratedRegex("^[1-9][0-9]*$")]
    private static partial Regex Positive();
}

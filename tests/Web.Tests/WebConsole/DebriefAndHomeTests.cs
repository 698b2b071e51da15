using System.Net.Http.Json;
using System.Text.Json;
using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.WebConsole;

/// <summary>The debrief's hints and report export, and the home page's upcoming and awaiting-debrief sessions.</summary>
[Collection(WebCollection.Name)]
public sealed class DebriefAndHomeTests(WebSuite suite)
{
    private const string Hint = "What do the service manager's logs say about webapi?";

    [Fact]
    public async Task The_debrief_shows_the_hints_used_and_its_export_link_downloads_Markdown_naming_the_session()
    {
        var ivo = await suite.RegisterAsync("Ivo Debrief", canInstigate: true);
        var rita = await suite.RegisterAsync("Rita Debrief");
        var sessionId = await suite.SessionAsync(ivo.Token, [(rita.Id, "responder")]);
        using var instigator = suite.ClientFor(ivo.Token);
        using var responder = suite.ClientFor(rita.Token);
        await WebSuite.SendAsync(instigator, $"/api/sessions/{sessionId}/faults", new { injectId = "webapi-crash" });
        await WebSuite.SendAsync(instigator, $"/api/sessions/{sessionId}/channel", new { kind = "hint", text = Hint });
        suite.Host.Clock.Advance(TimeSpan.FromMinutes(2));
        await WebSuite.SendAsync(responder, $"/api/sessions/{sessionId}/commands", new { commandLine = "svcadm clear webapi" });
        await WebSuite.SendAsync(responder, $"/api/sessions/{sessionId}/resolve");
        await WebSuite.SendAsync(responder, $"/api/sessions/{sessionId}/assessment", new
        {
            startMinute = 0, endMinute = 2, failedShares = new Dictionary<string, double> { ["get-object"] = 0.1 }, rootCause = "webapi crashed", summary = "cleared maintenance",
        });
        await WebSuite.SendAsync(instigator, $"/api/sessions/{sessionId}/debrief");

        await using var rita2 = await suite.SignInAsync(rita.Token, "rita");
        await rita2.Page.GotoAsync($"/sessions/{sessionId}/debrief");
        await Expect(rita2.Page.GetByTestId("hints-used")).ToContainTextAsync(Hint);
        var download = await rita2.Page.RunAndWaitForDownloadAsync(() => rita2.Page.GetByTestId("export").ClickAsync());
        Assert.Equal($"postmortem-{sessionId}.md", download.SuggestedFilename);
        var markdown = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("# Postmortem draft", markdown, StringComparison.Ordinal);
        Assert.Contains($"Session {sessionId}", markdown, StringComparison.Ordinal);
        Assert.Contains(Hint, markdown, StringComparison.Ordinal);
        await rita2.ScreenshotAsync("debrief-as-responder");
        rita2.AssertNoErrors();
    }

    [Fact]
    public async Task The_home_page_shows_an_upcoming_session_in_local_time_and_a_session_awaiting_debrief()
    {
        var ivo = await suite.RegisterAsync("Ivo Home", canInstigate: true);
        var rita = await suite.RegisterAsync("Rita Home");
        var rui = await suite.RegisterAsync("Rui Home");
        using var instigator = suite.ClientFor(ivo.Token);
        // 09:00 UTC on a July day is 10:00 in Lisbon (summer time), where the test browser lives.
        using var created = await instigator.PostAsJsonAsync("/api/sessions", new { scenarioId = "manta-webapi-crash", scheduledStart = "2031-07-15T09:00:00Z" });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var upcoming = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await WebSuite.SendAsync(instigator, $"/api/sessions/{upcoming}/participants", new { personId = rita.Id, role = "responder" });
        var resolved = await suite.SessionAsync(ivo.Token, [(rui.Id, "responder")]);
        using var responder = suite.ClientFor(rui.Token);
        await WebSuite.SendAsync(responder, $"/api/sessions/{resolved}/resolve");

        // The instigator of both sees each under its heading; the responder sees the upcoming one by its neutral name.
        await using var home = await suite.SignInAsync(ivo.Token, "ivo");
        var upcomingRow = home.Page.GetByTestId("upcoming").Locator("tbody tr").Filter(new() { Has = home.Page.Locator($"a[href*='{upcoming}']") });
        await Expect(upcomingRow.Locator("time")).ToHaveTextAsync("15 Jul 2031, 10:00");
        var awaitingRow = home.Page.GetByTestId("awaiting-debrief").Locator("tbody tr").Filter(new() { Has = home.Page.Locator($"a[href*='{resolved}']") });
        await Expect(awaitingRow).ToContainTextAsync("Resolved");
        await using var ritaHome = await suite.SignInAsync(rita.Token, "rita");
        await Expect(ritaHome.Page.GetByTestId("upcoming")).ToContainTextAsync($"practice session {upcoming.ToString()[..8]}");
        await Expect(ritaHome.Page.GetByTestId("upcoming").Locator("time")).ToHaveTextAsync("15 Jul 2031, 10:00");
        ritaHome.AssertNoErrors();
        await home.ScreenshotAsync("home-upcoming-and-awaiting-debrief");
        home.AssertNoErrors();
    }
}

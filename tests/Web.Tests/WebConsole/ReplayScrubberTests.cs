using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.WebConsole;

/// <summary>The debrief's replay scrubber moves the replayed cell: alarms, services and timeline at the chosen second.</summary>
[Collection(WebCollection.Name)]
public sealed class ReplayScrubberTests(WebSuite suite)
{
    [Fact]
    public async Task Moving_the_scrubber_on_the_debrief_shows_the_cell_as_it_was_at_that_second()
    {
        var ivo = await suite.RegisterAsync("Ivo Replay", canInstigate: true);
        var rita = await suite.RegisterAsync("Rita Replay");
        var sessionId = await suite.SessionAsync(ivo.Token, [(rita.Id, "responder")]);
        using var instigator = suite.ClientFor(ivo.Token);
        using var responder = suite.ClientFor(rita.Token);
        await WebSuite.SendAsync(instigator, $"/api/sessions/{sessionId}/faults", new { injectId = "webapi-crash" });
        suite.Host.Clock.Advance(TimeSpan.FromSeconds(150));
        await WebSuite.SendAsync(responder, $"/api/sessions/{sessionId}/commands", new { commandLine = "svcadm clear webapi" });
        suite.Host.Clock.Advance(TimeSpan.FromMinutes(3));
        await WebSuite.SendAsync(responder, $"/api/sessions/{sessionId}/resolve");
        await WebSuite.SendAsync(responder, $"/api/sessions/{sessionId}/assessment", new
        {
            startMinute = 0, endMinute = 3, failedShares = new Dictionary<string, double>(), rootCause = "webapi crashed", summary = "cleared maintenance",
        });
        await WebSuite.SendAsync(instigator, $"/api/sessions/{sessionId}/debrief");

        await using var visitor = await suite.SignInAsync(rita.Token, "rita");
        await visitor.Page.GotoAsync($"/sessions/{sessionId}/debrief");
        await Expect(visitor.Page.GetByTestId("replay-services")).ToContainTextAsync("webapi");

        await visitor.Page.GetByTestId("replay-scrubber").FillAsync("140");
        await Expect(visitor.Page.GetByTestId("replay-clock")).ToHaveTextAsync("02:20");
        await Expect(visitor.Page.GetByTestId("replay-alarms")).ToContainTextAsync("firing since");
        await Expect(visitor.Page.GetByTestId("replay-timeline")).ToContainTextAsync("inject webapi-crash");
        await Expect(visitor.Page.GetByTestId("replay-timeline")).Not.ToContainTextAsync("svcadm clear webapi");
        await visitor.ScreenshotAsync("debrief-replay-scrubbed");

        await visitor.Page.GetByTestId("replay-scrubber").FillAsync("0");
        await Expect(visitor.Page.GetByTestId("replay-clock")).ToHaveTextAsync("00:00");
        await Expect(visitor.Page.GetByTestId("replay-alarms")).ToHaveTextAsync("None firing.");
        visitor.AssertNoErrors();
    }
}

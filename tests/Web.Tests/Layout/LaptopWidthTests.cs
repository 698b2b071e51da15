using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.Layout;

/// <summary>
/// Every page at a 1280x800 laptop viewport: no horizontal scrollbar, nothing overflowing its panel, chart text
/// rendered at 10 px or more without labels on top of each other, and its main action reached with Tab alone,
/// showing a visible focus ring when it gets there.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class LaptopWidthTests(WebSuite suite)
{
    private static readonly ViewportSize Laptop = new() { Width = 1280, Height = 800 };

    /// <summary>One page as one person sees it: what shows it is ready, and its main action (none on read-only pages).</summary>
    private sealed record PageCheck(string Who, string Path, string Ready, (AriaRole Role, string Name)? MainAction);

    [Fact]
    public async Task Every_page_fits_1280_pixels_with_readable_charts_and_its_main_action_is_reached_with_Tab_and_shows_focus()
    {
        var lara = await suite.RegisterAsync("Lara Laptop", canInstigate: true);
        var rex = await suite.RegisterAsync("Rex Laptop", experience: "experienced");
        var oda = await suite.RegisterAsync("Oda Laptop");
        // A person responds to a scenario once, so each session has its own responder.
        var rhea = await suite.RegisterAsync("Rhea Laptop");
        var ruth = await suite.RegisterAsync("Ruth Laptop");
        var draft = await suite.SessionAsync(lara.Token, [(rhea.Id, "responder")], start: false);
        var running = await suite.SessionAsync(lara.Token, [(rex.Id, "responder"), (oda.Id, "observer")]);
        var debriefed = await DebriefedSessionAsync(lara.Token, ruth.Token, [(ruth.Id, "responder")]);
        using var laraApi = suite.ClientFor(lara.Token);
        using var cohortResponse = await laraApi.PostAsJsonAsync("/api/cohorts", new { name = "Laptop cohort", members = new[] { rex.Id, oda.Id } });
        var cohort = (await cohortResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var tokens = new Dictionary<string, string> { ["lara"] = lara.Token, ["rex"] = rex.Token, ["oda"] = oda.Token, ["admin"] = WebHost.AdminToken };
        PageCheck[] pages =
        [
            new("anonymous", "/signin", "#token", (AriaRole.Button, "Sign in")),
            new("lara", "/", "[data-testid=who]", (AriaRole.Link, "Set up a new session")),
            new("lara", "/scenarios", "[data-testid=catalog]", (AriaRole.Button, "Upload")),
            new("lara", "/scenarios/manta-webapi-crash", "[data-testid=solution]", null),
            new("lara", "/sessions/new", "#scenario", (AriaRole.Button, "Create session")),
            new("lara", "/cohorts", "#member-list li", (AriaRole.Button, "Create cohort")),
            new("lara", $"/cohorts/{cohort}", "[data-testid=cohort-members]", (AriaRole.Link, "Set up a session for this cohort")),
            new("lara", $"/sessions/{draft}/setup", "#person option", (AriaRole.Button, "Add to roster")),
            new("lara", $"/sessions/{running}/instigate", "#success-chart svg", (AriaRole.Button, "Pause")),
            new("rex", $"/sessions/{running}/respond", "#success-chart svg", (AriaRole.Button, "Run")),
            new("oda", $"/sessions/{running}/observe", "#success-chart svg", null),
            new("lara", $"/sessions/{debriefed}/debrief", "[data-testid=impact-chart]", (AriaRole.Button, "Add")),
            new("lara", $"/sessions/{debriefed}/postmortem", "[data-testid=pm-timeline]", (AriaRole.Button, "Save summary")),
            new("admin", "/operations", "[data-testid=sessions-by-state] tbody tr", null),
        ];
        var visitors = new Dictionary<string, Visitor>();
        try
        {
            foreach (var check in pages)
            {
                if (!visitors.TryGetValue(check.Who, out var visitor))
                {
                    visitor = check.Who == "anonymous" ? await suite.OpenAsync(check.Who, Laptop) : await suite.SignInAsync(tokens[check.Who], check.Who, Laptop);
                    visitors[check.Who] = visitor;
                }
                await CheckAsync(visitor.Page, check);
            }
            foreach (var visitor in visitors.Values)
            {
                visitor.AssertNoErrors();
            }
        }
        finally
        {
            foreach (var visitor in visitors.Values)
            {
                await visitor.DisposeAsync();
            }
        }
    }

    private static async Task CheckAsync(IPage page, PageCheck check)
    {
        await page.GotoAsync(check.Path);
        await Expect(page.Locator(check.Ready).First).ToBeAttachedAsync();
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var (scrollWidth, clientWidth) = (widths[0], widths[1]);
        Assert.True(scrollWidth <= clientWidth, $"{check.Path} as {check.Who} scrolls sideways at 1280 px: scrollWidth {scrollWidth} > clientWidth {clientWidth}.");
        var problems = await LayoutProblems.FindAsync(page);
        Assert.True(problems.Length == 0, $"{check.Path} as {check.Who} at 1280 px:\n{string.Join('\n', problems)}");
        if (check.MainAction is not { } action)
        {
            return;
        }
        var target = page.GetByRole(action.Role, new() { Name = action.Name, Exact = true });
        for (var presses = 0; !await target.EvaluateAsync<bool>("e => e === document.activeElement"); presses++)
        {
            Assert.True(presses < 200, $"{check.Path}: Tab never reached '{action.Name}'.");
            await page.Keyboard.PressAsync("Tab");
        }
        var outline = await target.EvaluateAsync<string>("e => { const s = getComputedStyle(e); return s.outlineStyle + ' ' + s.outlineWidth; }");
        Assert.False(outline.StartsWith("none", StringComparison.Ordinal) || outline.EndsWith(" 0px", StringComparison.Ordinal), $"{check.Path}: '{action.Name}' has focus but no visible outline ({outline}).");
    }

    private async Task<Guid> DebriefedSessionAsync(string instigatorToken, string responderToken, IEnumerable<(Guid, string)> roster)
    {
        var id = await suite.SessionAsync(instigatorToken, roster);
        using var instigator = suite.ClientFor(instigatorToken);
        using var responder = suite.ClientFor(responderToken);
        await WebSuite.SendAsync(instigator, $"/api/sessions/{id}/faults", new { injectId = "webapi-crash" });
        suite.Host.Clock.Advance(TimeSpan.FromMinutes(2));
        await WebSuite.SendAsync(responder, $"/api/sessions/{id}/commands", new { commandLine = "svcadm clear webapi" });
        await WebSuite.SendAsync(responder, $"/api/sessions/{id}/resolve");
        await WebSuite.SendAsync(responder, $"/api/sessions/{id}/assessment", new
        {
            startMinute = 0, endMinute = 2, failedShares = new Dictionary<string, double> { ["get-object"] = 0.5 }, rootCause = "webapi crashed", summary = "cleared maintenance",
        });
        await WebSuite.SendAsync(instigator, $"/api/sessions/{id}/debrief");
        return id;
    }
}

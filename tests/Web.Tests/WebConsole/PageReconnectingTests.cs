using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.WebConsole;

/// <summary>
/// The pages outside the consoles (debrief, status page, postmortem) never show their state as live while the
/// platform is away: they raise the consoles' reconnecting banner, and refresh when it is back. The platform is
/// really stopped and a second host on the same data folder and port is the restart, as in <see cref="ReconnectingTests"/>.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PageReconnectingTests(WebSuite suite)
{
    [Theory]
    [InlineData("laptop")]
    [InlineData("wide")]
    [InlineData("phone")]
    public async Task A_stopped_server_shows_reconnecting_on_the_debrief_status_and_postmortem_pages_and_they_refresh_when_it_is_back(string viewport)
    {
        var folder = Directory.CreateTempSubdirectory("practice-web-pages-restart-").FullName;
        var port = FreePort();
        var first = new WebHost(folder, port, ownsData: false);
        WebHost? second = null;
        var visitors = new List<Visitor>();
        try
        {
            first.StartServer();
            var address = first.Address;
            using var admin = new HttpClient { BaseAddress = address };
            admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WebHost.AdminToken);
            var ivo = await WebSuite.RegisterAsync(admin, "Ivo Pages", canInstigate: true);
            var rita = await WebSuite.RegisterAsync(admin, "Rita Pages");
            var sessionId = await suite.SessionAsync(ivo.Token, [(rita.Id, "responder")], host: address);
            using var instigator = suite.ClientFor(ivo.Token, address);
            using var responder = suite.ClientFor(rita.Token, address);
            await WebSuite.SendAsync(responder, $"/api/sessions/{sessionId}/status-updates", new { audience = "customers", text = "We are looking into errors.", nextUpdateInMinutes = 15 });
            await WebSuite.SendAsync(responder, $"/api/sessions/{sessionId}/resolve");
            await WebSuite.SendAsync(responder, $"/api/sessions/{sessionId}/assessment", new { startMinute = 0, endMinute = 1, failedShares = new Dictionary<string, double>(), rootCause = "none", summary = "none" });
            await WebSuite.SendAsync(instigator, $"/api/sessions/{sessionId}/debrief");

            var pages = new List<(string Name, IPage Page, Task Reloaded)>();
            foreach (var name in new[] { "debrief", "status", "postmortem" })
            {
                var visitor = await suite.SignInAsync(rita.Token, $"rita-{name}-{viewport}", Viewports.Named(viewport), host: address);
                visitors.Add(visitor);
                await visitor.Page.GotoAsync($"/sessions/{sessionId}/{name}");
                await Expect(visitor.Page.GetByTestId("connection")).ToBeHiddenAsync();
                pages.Add((name, visitor.Page, Reloaded(visitor.Page)));
            }

            await first.DisposeAsync();
            foreach (var (name, page, _) in pages)
            {
                var banner = page.GetByTestId("connection");
                await Expect(banner).ToBeVisibleAsync(new() { Timeout = 30_000 });
                await Expect(banner).ToContainTextAsync("Reconnecting to the platform");
                await Expect(banner).ToContainTextAsync("last known, not live");
                await Expect(page.Locator("[data-session]")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("\\bstale\\b"));
                await Viewports.AssertNoSidewaysScrollAsync(page, $"The reconnecting {name} page at {viewport}");
            }
            await visitors[1].ScreenshotAsync(viewport == "laptop" ? "status-reconnecting" : $"status-reconnecting-{viewport}");
            await visitors[0].ScreenshotAsync($"debrief-reconnecting-{viewport}");
            await visitors[2].ScreenshotAsync($"postmortem-reconnecting-{viewport}");

            second = new WebHost(folder, port, ownsData: true);
            second.StartServer();
            foreach (var (name, page, reloaded) in pages)
            {
                await reloaded.WaitAsync(TimeSpan.FromSeconds(60));
                await Expect(page.GetByTestId("connection")).ToBeHiddenAsync(new() { Timeout = 30_000 });
                await Expect(page.Locator("[data-session]")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("\\bstale\\b"));
            }
            await Expect(pages[1].Page.GetByTestId("customer-updates")).ToContainTextAsync("We are looking into errors.");
            // While it was away the browser logged its failed attempts to reach it; nothing else may be logged.
            Assert.All(visitors.SelectMany(v => v.Errors), error => Assert.Matches("ERR_CONNECTION_REFUSED|Failed to load resource|ERR_EMPTY_RESPONSE|ERR_CONNECTION_RESET|ERR_INCOMPLETE_CHUNKED_ENCODING", error));
        }
        finally
        {
            foreach (var visitor in visitors)
            {
                await visitor.DisposeAsync();
            }
            if (second is not null)
            {
                await second.DisposeAsync();
            }
            else
            {
                await first.DisposeAsync();
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>Completes when the page loads again: the refresh that follows the platform's return.</summary>
    private static Task Reloaded(IPage page)
    {
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        page.Load += (_, _) => loaded.TrySetResult();
        return loaded.Task;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

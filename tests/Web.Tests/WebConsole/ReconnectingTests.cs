using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.WebConsole;

/// <summary>
/// When the platform goes away the console says so instead of showing its last state as live, refuses commands in
/// words, and catches up when the platform is back. The platform is really stopped: a host of its own on a fixed port
/// and data folder is disposed, and a second host on the same folder and port is the restart.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ReconnectingTests(WebSuite suite)
{
    [Theory]
    [InlineData("laptop")]
    [InlineData("wide")]
    [InlineData("phone")]
    public async Task A_stopped_server_shows_reconnecting_and_the_console_catches_up_when_it_is_back(string viewport)
    {
        var folder = Directory.CreateTempSubdirectory("practice-web-restart-").FullName;
        var port = FreePort();
        var first = new WebHost(folder, port, ownsData: false);
        WebHost? second = null;
        try
        {
            first.StartServer();
            var address = first.Address;
            using var admin = new HttpClient { BaseAddress = address };
            admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WebHost.AdminToken);
            var ivo = await WebSuite.RegisterAsync(admin, "Ivo Restart", canInstigate: true);
            var rita = await WebSuite.RegisterAsync(admin, "Rita Restart");
            var sessionId = await suite.SessionAsync(ivo.Token, [(rita.Id, "responder")], host: address);
            await using var responder = await suite.SignInAsync(rita.Token, $"rita-restart-{viewport}", Viewports.Named(viewport), host: address);
            var page = responder.Page;
            await page.GotoAsync($"/sessions/{sessionId}/respond");
            await Expect(page.GetByTestId("status")).ToHaveTextAsync("running");
            await Expect(page.GetByTestId("connection")).ToBeHiddenAsync();

            await first.DisposeAsync();
            var banner = page.GetByTestId("connection");
            await Expect(banner).ToBeVisibleAsync();
            await Expect(banner).ToContainTextAsync("Reconnecting to the platform");
            await Expect(banner).ToContainTextAsync("last known, not live");
            await Expect(page.Locator("#console")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("\\bstale\\b"));
            await page.GetByLabel("Command").FillAsync("status");
            await page.GetByLabel("Command").PressAsync("Enter");
            await Expect(page.GetByTestId("terminal").Locator(".note")).ToContainTextAsync("status: The platform did not answer");
            await Expect(page.GetByTestId("terminal")).Not.ToContainTextAsync("Failed to fetch");
            await Viewports.AssertNoSidewaysScrollAsync(page, $"The reconnecting console at {viewport}");
            await responder.ScreenshotAsync($"responder-reconnecting-{viewport}");

            second = new WebHost(folder, port, ownsData: true);
            second.StartServer();
            // Said while the page was away: it arrives with the catch-up, not with a reload.
            using var rui = suite.ClientFor(rita.Token, address);
            await WebSuite.SendAsync(rui, $"/api/sessions/{sessionId}/channel", new { kind = "message", text = "Back after the restart." });
            await Expect(banner).ToBeHiddenAsync(new() { Timeout = 30_000 });
            await Expect(page.Locator("#console")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("\\bstale\\b"));
            await Expect(page.GetByTestId("channel")).ToContainTextAsync("Back after the restart.");
            await Expect(page.GetByTestId("status")).ToHaveTextAsync("running");
            // While it was away the browser logged its failed attempts to reach it; nothing else may be logged.
            Assert.All(responder.Errors, error => Assert.Matches("ERR_CONNECTION_REFUSED|Failed to load resource|ERR_EMPTY_RESPONSE|ERR_CONNECTION_RESET", error));
        }
        finally
        {
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

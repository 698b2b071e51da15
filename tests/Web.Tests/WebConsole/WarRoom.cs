using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.WebConsole;

/// <summary>
/// One session of manta-webapi-crash with an instigator, a responder and an observer, each with their console open
/// (the responder's at the viewport given); disposed together.
/// </summary>
public sealed record WarRoom(Guid SessionId, string InstigatorToken, string ResponderToken, Visitor Instigator, Visitor Responder, Visitor Observer) : IAsyncDisposable
{
    /// <summary>
    /// Opens the three consoles; <paramref name="start"/> false leaves the session scheduled for
    /// <paramref name="scheduledStart"/> (or a draft without one).
    /// </summary>
    public static async Task<WarRoom> OpenAsync(WebSuite suite, string name, ViewportSize? viewport = null, bool start = true, DateTimeOffset? scheduledStart = null, ColorScheme? colorScheme = null)
    {
        var ivo = await suite.RegisterAsync($"Ivo {name}", canInstigate: true);
        var rita = await suite.RegisterAsync($"Rita {name}");
        var olga = await suite.RegisterAsync($"Olga {name}");
        var sessionId = await suite.SessionAsync(ivo.Token, [(rita.Id, "responder"), (olga.Id, "observer")], start, scheduledStart: scheduledStart);
        var instigator = await suite.SignInAsync(ivo.Token, $"ivo-{name}");
        var responder = await suite.SignInAsync(rita.Token, $"rita-{name}", viewport, colorScheme: colorScheme);
        var observer = await suite.SignInAsync(olga.Token, $"olga-{name}");
        await instigator.Page.GotoAsync($"/sessions/{sessionId}/{(start ? "instigate" : "setup")}");
        await responder.Page.GotoAsync($"/sessions/{sessionId}/respond");
        await observer.Page.GotoAsync($"/sessions/{sessionId}/observe");
        if (start)
        {
            foreach (var page in new[] { instigator.Page, responder.Page, observer.Page })
            {
                await Expect(page.GetByTestId("status")).ToHaveTextAsync("running");
            }
        }
        return new WarRoom(sessionId, ivo.Token, rita.Token, instigator, responder, observer);
    }

    /// <summary>Injects the crash through the API and lets the simulated minutes pass until its alarms fire.</summary>
    public async Task PageTheRespondersAsync(WebSuite suite)
    {
        using var api = suite.ClientFor(InstigatorToken);
        await WebSuite.SendAsync(api, $"/api/sessions/{SessionId}/faults", new { injectId = "webapi-crash" });
        suite.Host.Clock.Advance(TimeSpan.FromMinutes(4));
        await Expect(Responder.Page.GetByTestId("alarm-count")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("alarm\\(s\\) firing"));
    }

    /// <summary>Fails when any of the three consoles logged an error.</summary>
    public void AssertNoErrors()
    {
        Instigator.AssertNoErrors();
        Responder.AssertNoErrors();
        Observer.AssertNoErrors();
    }

    public async ValueTask DisposeAsync()
    {
        await Instigator.DisposeAsync();
        await Responder.DisposeAsync();
        await Observer.DisposeAsync();
    }
}

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.WebConsole;

/// <summary>
/// One running session of manta-webapi-crash with two responders (Rita and Remy), an instigator and an observer,
/// each with their console open: Rita at a laptop, the others at the viewport given; disposed together.
/// </summary>
public sealed record TeamRoom(Guid SessionId, string InstigatorToken, string Rita, string Remy, Visitor Instigator, Visitor ResponderA, Visitor ResponderB, Visitor Observer) : IAsyncDisposable
{
    public static async Task<TeamRoom> OpenAsync(WebSuite suite, string name, ViewportSize viewport)
    {
        var ivo = await suite.RegisterAsync($"Ivo {name}", canInstigate: true);
        var rita = await suite.RegisterAsync($"Rita {name}");
        var remy = await suite.RegisterAsync($"Remy {name}");
        var olga = await suite.RegisterAsync($"Olga {name}");
        var sessionId = await suite.SessionAsync(ivo.Token, [(rita.Id, "responder"), (remy.Id, "responder"), (olga.Id, "observer")]);
        var instigator = await suite.SignInAsync(ivo.Token, $"ivo-{name}", viewport);
        var responderA = await suite.SignInAsync(rita.Token, $"rita-{name}", Viewports.Laptop);
        var responderB = await suite.SignInAsync(remy.Token, $"remy-{name}", viewport);
        var observer = await suite.SignInAsync(olga.Token, $"olga-{name}", viewport);
        await instigator.Page.GotoAsync($"/sessions/{sessionId}/instigate");
        await responderA.Page.GotoAsync($"/sessions/{sessionId}/respond");
        await responderB.Page.GotoAsync($"/sessions/{sessionId}/respond");
        await observer.Page.GotoAsync($"/sessions/{sessionId}/observe");
        var room = new TeamRoom(sessionId, ivo.Token, rita.Name, remy.Name, instigator, responderA, responderB, observer);
        foreach (var visitor in room.Everyone)
        {
            await Expect(visitor.Page.GetByTestId("status")).ToHaveTextAsync("running");
        }
        return room;
    }

    /// <summary>The four consoles: instigator, responder A, responder B, observer.</summary>
    public IReadOnlyList<Visitor> Everyone => [Instigator, ResponderA, ResponderB, Observer];

    public void AssertNoErrors()
    {
        foreach (var visitor in Everyone)
        {
            visitor.AssertNoErrors();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var visitor in Everyone)
        {
            await visitor.DisposeAsync();
        }
    }
}

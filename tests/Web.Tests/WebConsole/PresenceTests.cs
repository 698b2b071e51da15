using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.WebConsole;

/// <summary>
/// Who is here now: every console lists the session's people who have a console open, with their role, and follows
/// them live as they open and close their pages.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PresenceTests(WebSuite suite)
{
    [Theory]
    [InlineData("laptop")]
    [InlineData("phone")]
    public async Task Presence_shows_who_has_a_console_open_and_follows_them_coming_and_going(string viewport)
    {
        var name = $"Presence {viewport}";
        await using var room = await WarRoom.OpenAsync(suite, name, Viewports.Named(viewport));
        var here = room.Responder.Page.GetByTestId("presence");
        await Expect(here).ToContainTextAsync("3 here now");
        await Expect(here.Locator("li")).ToHaveTextAsync([$"Ivo {name} (instigator)", $"Rita {name} (responder, you)", $"Olga {name} (observer)"]);
        foreach (var page in new[] { room.Instigator.Page, room.Observer.Page })
        {
            await Expect(page.GetByTestId("presence")).ToContainTextAsync($"Rita {name} (responder)");
        }
        await Expect(room.Observer.Page.GetByTestId("presence")).ToContainTextAsync($"Olga {name} (observer, you)");
        await Viewports.AssertNoSidewaysScrollAsync(room.Responder.Page, $"The responder console at {viewport}");
        await room.Responder.ScreenshotAsync($"presence-three-{viewport}");

        // The observer closes their page: the others see them go at once, not at an expiry.
        await room.Observer.Page.CloseAsync();
        await Expect(here.Locator("li")).ToHaveTextAsync([$"Ivo {name} (instigator)", $"Rita {name} (responder, you)"]);
        await Expect(here).ToContainTextAsync("2 here now");
        await Expect(room.Instigator.Page.GetByTestId("presence")).Not.ToContainTextAsync($"Olga {name}");
        await room.Responder.ScreenshotAsync($"presence-left-{viewport}");

        // And they come back.
        var again = await room.Observer.Context.NewPageAsync();
        await again.GotoAsync($"/sessions/{room.SessionId}/observe");
        await Expect(here).ToContainTextAsync($"Olga {name} (observer)");
        await Expect(again.GetByTestId("presence")).ToContainTextAsync($"Rita {name} (responder)");
        room.AssertNoErrors();
    }
}

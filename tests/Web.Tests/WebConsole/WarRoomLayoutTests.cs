using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.WebConsole;

/// <summary>
/// The instigator's and observer's pages laid out as the responders' war room: alarms, the incident lead, the
/// channel and the team's activity in one grid that uses a wide screen's width, one column and no sideways scroll on a phone.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class WarRoomLayoutTests(WebSuite suite)
{
    /// <summary>How many columns the console's grid has.</summary>
    private const string GridColumns = "() => getComputedStyle(document.querySelector('.grid.war-room')).gridTemplateColumns.split(' ').length";

    [Theory]
    [InlineData("laptop", 2)]
    [InlineData("wide", 4)]
    [InlineData("phone", 1)]
    public async Task The_instigator_and_observer_pages_are_war_rooms_that_fit_the_screen(string viewport, int columns)
    {
        var size = Viewports.Named(viewport);
        await using var room = await TeamRoom.OpenAsync(suite, $"Layout {viewport}", size);
        using (var api = suite.ClientFor(room.InstigatorToken))
        {
            await WebSuite.SendAsync(api, $"/api/sessions/{room.SessionId}/faults", new { injectId = "webapi-crash" });
        }
        suite.Host.Clock.Advance(TimeSpan.FromMinutes(4));
        await room.ResponderA.Page.GetByLabel("Command").FillAsync("svcs -xv");
        await room.ResponderA.Page.GetByLabel("Command").PressAsync("Enter");

        foreach (var (visitor, role) in new[] { (room.Instigator, "instigator"), (room.Observer, "observer") })
        {
            var page = visitor.Page;
            await Expect(page.GetByTestId("alarm-count")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("alarm\\(s\\) firing"));
            await Expect(page.GetByTestId("activity")).ToContainTextAsync("svcs -xv");
            await Expect(page.Locator("#services tbody tr").First).ToBeVisibleAsync();
            await Expect(page.GetByTestId("commander")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("channel")).ToBeVisibleAsync();
            Assert.True(await page.EvaluateAsync<int>(GridColumns) >= columns, $"the {role} page's grid has fewer than {columns} columns at {size.Width} px");
            await Viewports.AssertNoSidewaysScrollAsync(page, $"the {role} page at {size.Width} px");
            await visitor.ScreenshotAsync($"war-room-{role}-{viewport}");
        }
        room.AssertNoErrors();
    }
}

using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.WebConsole;

/// <summary>
/// The shared activity feed: a command one responder runs shows at once on the other responder's, the instigator's
/// and the observer's consoles, with who, when and whether it worked; its output stays folded until opened.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ActivityFeedTests(WebSuite suite)
{
    [Theory]
    [InlineData("laptop")]
    [InlineData("wide")]
    [InlineData("phone")]
    public async Task A_command_run_by_one_responder_shows_in_everyone_elses_feed_with_its_output_on_demand(string viewport)
    {
        await using var room = await TeamRoom.OpenAsync(suite, $"Feed {viewport}", Viewports.Named(viewport));
        var rita = room.ResponderA.Page;

        await rita.GetByLabel("Command").FillAsync("svcs");
        await rita.GetByLabel("Command").PressAsync("Enter");
        await Expect(rita.GetByTestId("terminal")).ToContainTextAsync("webapi");

        foreach (var visitor in new[] { room.ResponderB, room.Instigator, room.Observer })
        {
            var entry = visitor.Page.GetByTestId("activity").Locator("li").Filter(new() { HasText = "svcs" });
            await Expect(entry).ToHaveCountAsync(1);
            await Expect(entry).ToContainTextAsync(room.Rita);
            await Expect(entry).ToContainTextAsync("worked");
            await Expect(entry).ToContainTextAsync("00:00");
            // Folded by default: the output is read only when asked for.
            await Expect(entry.Locator("pre")).ToHaveCountAsync(0);
            await entry.Locator("summary").ClickAsync();
            await Expect(entry.Locator("pre")).ToContainTextAsync("webapi");
            if (viewport == "phone")
            {
                await Viewports.AssertNoSidewaysScrollAsync(visitor.Page, $"{visitor.Who}'s console with the output open");
            }
        }
        await room.ResponderB.Page.GetByTestId("activity").ScrollIntoViewIfNeededAsync();
        await room.ResponderB.ScreenshotAsync($"activity-feed-responder-{viewport}");
        await room.Instigator.Page.GetByTestId("activity").ScrollIntoViewIfNeededAsync();
        await room.Instigator.ScreenshotAsync($"activity-feed-instigator-{viewport}");

        // A failing command says so, on the others' feeds too, and Rita sees her own in the feed as well.
        await rita.GetByLabel("Command").FillAsync("svcadm restart nosuchservice");
        await rita.GetByLabel("Command").PressAsync("Enter");
        var failed = room.ResponderB.Page.GetByTestId("activity").Locator("li.failed");
        await Expect(failed).ToContainTextAsync("svcadm restart nosuchservice");
        await Expect(failed).ToContainTextAsync("failed");
        await Expect(rita.GetByTestId("activity").Locator("li")).ToHaveCountAsync(2);
        room.AssertNoErrors();
    }
}

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.WebConsole;

/// <summary>Incident command taken and handed over from the responder console, shown on every console and on the timeline.</summary>
[Collection(WebCollection.Name)]
public sealed class CommanderTests(WebSuite suite)
{
    [Theory]
    [InlineData("laptop")]
    [InlineData("wide")]
    [InlineData("phone")]
    public async Task A_responder_takes_command_and_hands_it_over_and_every_console_follows(string viewport)
    {
        await using var room = await TeamRoom.OpenAsync(suite, $"Lead {viewport}", Viewports.Named(viewport));
        var rita = room.ResponderA.Page;
        var remy = room.ResponderB.Page;
        foreach (var visitor in room.Everyone)
        {
            await Expect(visitor.Page.GetByTestId("commander")).ToHaveTextAsync("Incident commander: nobody yet");
        }
        await Expect(room.Observer.Page.Locator("#commander-panel button")).ToHaveCountAsync(0);

        await rita.GetByRole(AriaRole.Button, new() { Name = "Take command" }).ClickAsync();

        foreach (var visitor in room.Everyone)
        {
            await Expect(visitor.Page.GetByTestId("commander")).ToHaveTextAsync($"Incident commander: {room.Rita}");
        }
        await Expect(remy.GetByRole(AriaRole.Button, new() { Name = "Take command" })).ToHaveCountAsync(0);
        await Expect(remy.Locator("#commander-panel")).ToContainTextAsync($"{room.Rita} leads the response");

        await rita.GetByRole(AriaRole.Button, new() { Name = $"Hand over to {room.Remy}" }).ClickAsync();

        foreach (var visitor in room.Everyone)
        {
            await Expect(visitor.Page.GetByTestId("commander")).ToHaveTextAsync($"Incident commander: {room.Remy}");
            await Expect(visitor.Page.GetByTestId("channel")).ToContainTextAsync($"{room.Rita} handed incident command to {room.Remy}.");
        }
        await Expect(remy.GetByRole(AriaRole.Button, new() { Name = $"Hand over to {room.Rita}" })).ToBeVisibleAsync();
        await Expect(room.Instigator.Page.Locator("#timeline")).ToContainTextAsync($"{room.Rita} took incident command.");
        await Expect(room.Instigator.Page.Locator("#timeline")).ToContainTextAsync($"{room.Rita} handed incident command to {room.Remy}.");
        await Expect(room.Observer.Page.GetByTestId("timeline")).ToContainTextAsync($"{room.Rita} handed incident command to {room.Remy}.");
        if (viewport == "phone")
        {
            foreach (var visitor in room.Everyone.Skip(2))
            {
                await Viewports.AssertNoSidewaysScrollAsync(visitor.Page, $"{visitor.Who}'s console");
            }
        }
        await remy.GetByTestId("commander").ScrollIntoViewIfNeededAsync();
        await room.ResponderB.ScreenshotAsync($"commander-responder-{viewport}");
        await room.Observer.Page.GetByTestId("commander").ScrollIntoViewIfNeededAsync();
        await room.Observer.ScreenshotAsync($"commander-observer-{viewport}");
        room.AssertNoErrors();
    }
}

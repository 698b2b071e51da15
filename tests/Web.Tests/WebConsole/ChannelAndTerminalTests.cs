using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.WebConsole;

/// <summary>
/// What instigator and responder say to each other, and what they do with faults and the terminal: a pointer picked
/// from the scenario's docs, a help request, reverting an injected fault, and the terminal's command history.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ChannelAndTerminalTests(WebSuite suite)
{
    [Fact]
    public async Task A_picked_pointer_reaches_the_responder_and_a_help_request_reaches_the_instigator()
    {
        await using var consoles = await ConsolesAsync("Channel");
        await consoles.Responder.Page.GetByLabel("Message").FillAsync("Which host should I look at first?");
        await consoles.Responder.Page.GetByLabel("Kind of post").SelectOptionAsync("helpRequest");
        await consoles.Responder.Page.GetByRole(AriaRole.Button, new() { Name = "Post" }).ClickAsync();
        var help = consoles.Instigator.Page.Locator("#channel li.helpRequest");
        await Expect(help).ToContainTextAsync("Which host should I look at first?");
        await Expect(help).ToContainTextAsync("help request");

        // Not the first pointer in the list: the one the instigator picks.
        await consoles.Instigator.Page.GetByLabel("Pointer (docs, man page or source)").SelectOptionAsync(new SelectOptionValue { Label = "svcadm(8) (man)" });
        await consoles.Instigator.Page.GetByRole(AriaRole.Button, new() { Name = "Send pointer" }).ClickAsync();
        var pointer = consoles.Responder.Page.Locator("#channel li.pointer");
        await Expect(pointer).ToContainTextAsync("https://illumos.org/man/8/svcadm");
        await Expect(pointer).Not.ToContainTextAsync("man/1/svcs");
        consoles.Instigator.AssertNoErrors();
        consoles.Responder.AssertNoErrors();
    }

    [Fact]
    public async Task The_instigator_reverts_an_injected_fault_with_its_Revert_button()
    {
        await using var consoles = await ConsolesAsync("Revert");
        var page = consoles.Instigator.Page;
        await page.GetByRole(AriaRole.Button, new() { Name = "Inject webapi-crash" }).ClickAsync();
        var faults = page.GetByTestId("faults");
        await Expect(faults).ToContainTextAsync("webapi-crash");
        await page.GetByRole(AriaRole.Button, new() { Name = "Revert webapi-crash" }).ClickAsync();
        await Expect(faults.Locator("tbody tr").First.Locator("td").Nth(2)).ToHaveTextAsync("cleared");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Revert webapi-crash" })).ToHaveCountAsync(0);
        await Expect(page.Locator("#timeline")).ToContainTextAsync("revert webapi-crash");
        // The responder is not told that a fault came or went.
        await Expect(consoles.Responder.Page.GetByTestId("channel")).Not.ToContainTextAsync("webapi-crash");
        consoles.Instigator.AssertNoErrors();
        consoles.Responder.AssertNoErrors();
    }

    [Fact]
    public async Task ArrowUp_and_ArrowDown_walk_the_terminal_history()
    {
        await using var consoles = await ConsolesAsync("Terminal");
        var command = consoles.Responder.Page.GetByLabel("Command");
        foreach (var line in new[] { "help", "svcs -xv" })
        {
            await command.FillAsync(line);
            await command.PressAsync("Enter");
            await Expect(consoles.Responder.Page.GetByTestId("terminal")).ToContainTextAsync($"$ {line}");
        }
        await command.PressAsync("ArrowUp");
        await Expect(command).ToHaveValueAsync("svcs -xv");
        await command.PressAsync("ArrowUp");
        await Expect(command).ToHaveValueAsync("help");
        await command.PressAsync("ArrowUp");
        await Expect(command).ToHaveValueAsync("help");
        await command.PressAsync("ArrowDown");
        await Expect(command).ToHaveValueAsync("svcs -xv");
        await command.PressAsync("ArrowDown");
        await Expect(command).ToHaveValueAsync("");
        consoles.Responder.AssertNoErrors();
    }

    /// <summary>A running session with its instigator's and its responder's consoles open.</summary>
    private async Task<Consoles> ConsolesAsync(string name)
    {
        var ivo = await suite.RegisterAsync($"Ivo {name}", canInstigate: true);
        var rita = await suite.RegisterAsync($"Rita {name}");
        var sessionId = await suite.SessionAsync(ivo.Token, [(rita.Id, "responder")]);
        var instigator = await suite.SignInAsync(ivo.Token, $"ivo-{name}");
        var responder = await suite.SignInAsync(rita.Token, $"rita-{name}");
        await instigator.Page.GotoAsync($"/sessions/{sessionId}/instigate");
        await responder.Page.GotoAsync($"/sessions/{sessionId}/respond");
        await Expect(instigator.Page.GetByTestId("status")).ToHaveTextAsync("running");
        await Expect(responder.Page.GetByTestId("status")).ToHaveTextAsync("running");
        return new Consoles(instigator, responder);
    }

    /// <summary>An instigator's and a responder's console on one running session, closed together.</summary>
    private sealed record Consoles(Visitor Instigator, Visitor Responder) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Instigator.DisposeAsync();
            await Responder.DisposeAsync();
        }
    }
}

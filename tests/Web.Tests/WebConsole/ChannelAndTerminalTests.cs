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
        var (instigator, responder, _) = await ConsolesAsync("Channel");
        try
        {
            await responder.Page.GetByLabel("Message").FillAsync("Which host should I look at first?");
            await responder.Page.GetByLabel("Kind of post").SelectOptionAsync("helpRequest");
            await responder.Page.GetByRole(AriaRole.Button, new() { Name = "Post" }).ClickAsync();
            var help = instigator.Page.Locator("#channel li.helpRequest");
            await Expect(help).ToContainTextAsync("Which host should I look at first?");
            await Expect(help).ToContainTextAsync("help request");

            // Not the first pointer in the list: the one the instigator picks.
            await instigator.Page.GetByLabel("Pointer (docs, man page or source)").SelectOptionAsync(new SelectOptionValue { Label = "svcadm(8) (man)" });
            await instigator.Page.GetByRole(AriaRole.Button, new() { Name = "Send pointer" }).ClickAsync();
            var pointer = responder.Page.Locator("#channel li.pointer");
            await Expect(pointer).ToContainTextAsync("https://illumos.org/man/8/svcadm");
            await Expect(pointer).Not.ToContainTextAsync("man/1/svcs");
            instigator.AssertNoErrors();
            responder.AssertNoErrors();
        }
        finally
        {
            await instigator.DisposeAsync();
            await responder.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_instigator_reverts_an_injected_fault_with_its_Revert_button()
    {
        var (instigator, responder, _) = await ConsolesAsync("Revert");
        try
        {
            var page = instigator.Page;
            await page.GetByRole(AriaRole.Button, new() { Name = "Inject webapi-crash" }).ClickAsync();
            var faults = page.GetByTestId("faults");
            await Expect(faults).ToContainTextAsync("webapi-crash");
            await page.GetByRole(AriaRole.Button, new() { Name = "Revert webapi-crash" }).ClickAsync();
            await Expect(faults.Locator("tbody tr").First.Locator("td").Nth(2)).ToHaveTextAsync("cleared");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Revert webapi-crash" })).ToHaveCountAsync(0);
            await Expect(page.Locator("#timeline")).ToContainTextAsync("revert webapi-crash");
            // The responder is not told that a fault came or went.
            await Expect(responder.Page.GetByTestId("channel")).Not.ToContainTextAsync("webapi-crash");
            instigator.AssertNoErrors();
            responder.AssertNoErrors();
        }
        finally
        {
            await instigator.DisposeAsync();
            await responder.DisposeAsync();
        }
    }

    [Fact]
    public async Task ArrowUp_and_ArrowDown_walk_the_terminal_history()
    {
        var (instigator, responder, _) = await ConsolesAsync("Terminal");
        try
        {
            var command = responder.Page.GetByLabel("Command");
            foreach (var line in new[] { "help", "svcs -xv" })
            {
                await command.FillAsync(line);
                await command.PressAsync("Enter");
                await Expect(responder.Page.GetByTestId("terminal")).ToContainTextAsync($"$ {line}");
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
            responder.AssertNoErrors();
        }
        finally
        {
            await instigator.DisposeAsync();
            await responder.DisposeAsync();
        }
    }

    /// <summary>A running session with its instigator's and its responder's consoles open.</summary>
    private async Task<(Visitor Instigator, Visitor Responder, Guid SessionId)> ConsolesAsync(string name)
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
        return (instigator, responder, sessionId);
    }
}

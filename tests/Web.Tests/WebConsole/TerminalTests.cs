using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.WebConsole;

/// <summary>
/// The responder's terminal as a real terminal panel: 120 columns or more on a laptop, measured in the page with the
/// terminal's own font; output kept in columns (scrolled sideways, never wrapped); resizable; Copy and Share to
/// channel on every block; a sentence for every command that was not run.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class TerminalTests(WebSuite suite, ITestOutputHelper output)
{
    /// <summary>Columns of the terminal font that fit the terminal's content box.</summary>
    private const string Columns = """
        () => {
            const terminal = document.getElementById('terminal');
            const probe = document.createElement('span');
            probe.textContent = 'M'.repeat(200);
            probe.style.cssText = 'position:absolute; visibility:hidden; white-space:pre';
            terminal.append(probe);
            const character = probe.getBoundingClientRect().width / 200;
            probe.remove();
            const style = getComputedStyle(terminal);
            return Math.floor((terminal.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)) / character);
        }
        """;

    /// <summary>Each output block: its lines, the rows it renders as, and whether it is wider than its box.</summary>
    private const string Blocks = """
        () => [...document.querySelectorAll('#terminal pre.output')].filter(pre => pre.textContent.trim() !== '').map(pre => {
            const lines = pre.textContent.replace(/\n$/, '').split('\n');
            const rows = Math.round(pre.scrollHeight / parseFloat(getComputedStyle(pre).lineHeight));
            return [lines.length, rows, pre.scrollWidth > pre.clientWidth ? 1 : 0, Math.max(...lines.map(l => l.length))];
        })
        """;

    [Theory]
    [InlineData("laptop", 120)]
    [InlineData("wide", 120)]
    [InlineData("phone", 0)]
    public async Task The_terminal_is_wide_resizable_and_keeps_output_in_columns(string viewport, int leastColumns)
    {
        await using var room = await WarRoom.OpenAsync(suite, $"Columns {viewport}", Viewports.Named(viewport));
        var page = room.Responder.Page;
        foreach (var line in new[] { "help", "svcs -xv", "status" })
        {
            await page.GetByLabel("Command").FillAsync(line);
            await page.GetByLabel("Command").PressAsync("Enter");
            await Expect(page.GetByTestId("terminal")).ToContainTextAsync($"$ {line}");
        }

        var columns = await page.EvaluateAsync<int>(Columns);
        output.WriteLine($"terminal columns at {viewport}: {columns}");
        System.Console.WriteLine($"terminal columns at {viewport} ({Viewports.Named(viewport).Width}x{Viewports.Named(viewport).Height}): {columns}");
        Assert.True(columns >= leastColumns, $"The terminal is {columns} columns wide at {viewport}; at least {leastColumns} expected.");
        foreach (var block in await page.EvaluateAsync<int[][]>(Blocks))
        {
            Assert.True(block[0] == block[1], $"An output block of {block[0]} line(s) renders as {block[1]} rows at {viewport}: it wraps.");
            if (block[3] > columns)
            {
                Assert.True(block[2] == 1, $"A {block[3]}-character line in {columns} columns neither wraps nor scrolls sideways.");
            }
        }
        Assert.Equal("vertical", await page.GetByTestId("terminal").EvaluateAsync<string>("e => getComputedStyle(e).resize"));
        await Viewports.AssertNoSidewaysScrollAsync(page, $"The responder console at {viewport}");
        await room.Responder.ScreenshotAsync($"terminal-{viewport}");
        room.AssertNoErrors();
    }

    [Fact]
    public async Task Each_output_block_copies_and_shares_to_the_channel()
    {
        await using var room = await WarRoom.OpenAsync(suite, "Share", Viewports.Laptop);
        var page = room.Responder.Page;
        await room.Responder.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.GetByLabel("Command").FillAsync("status");
        await page.GetByLabel("Command").PressAsync("Enter");
        var block = page.Locator("#terminal .block").Filter(new() { HasText = "$ status" });
        await Expect(block.Locator("pre.output")).Not.ToBeEmptyAsync();
        var shown = await block.Locator("pre.output").TextContentAsync();

        await block.GetByRole(AriaRole.Button, new() { Name = "Copy" }).ClickAsync();
        await Expect(block.GetByRole(AriaRole.Status)).ToHaveTextAsync("Copied");
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal($"$ status\n{shown}", copied);

        await block.GetByRole(AriaRole.Button, new() { Name = "Share to channel" }).ClickAsync();
        await Expect(block.GetByRole(AriaRole.Status)).ToHaveTextAsync("Shared to the channel");
        // Everyone in the channel gets it as it was printed: in columns, in a block of its own.
        foreach (var visitor in new[] { room.Responder, room.Instigator })
        {
            var shared = visitor.Page.Locator("#channel li.message pre.shared-output");
            await Expect(shared).ToContainTextAsync("$ status");
            Assert.Equal("pre", await shared.EvaluateAsync<string>("e => getComputedStyle(e).whiteSpace"));
        }
        await room.Responder.ScreenshotAsync("terminal-shared-to-channel");
        room.AssertNoErrors();
    }

    [Fact]
    public async Task A_command_that_is_not_run_says_why()
    {
        await using var room = await WarRoom.OpenAsync(suite, "Refusals", Viewports.Laptop, start: false, scheduledStart: suite.Host.Clock.GetUtcNow().AddMinutes(30));
        var page = room.Responder.Page;
        var terminal = page.GetByTestId("terminal");
        // Before the start: Enter is not silently ignored.
        await page.GetByLabel("Command").FillAsync("svcs -xv");
        await page.GetByLabel("Command").PressAsync("Enter");
        await Expect(terminal.Locator(".note")).ToContainTextAsync("svcs -xv: not run: the practice has not started yet. Waiting: starts at");

        // Paused: the server refuses a remediation and the terminal says so in its words, not as an error code.
        using var api = suite.ClientFor(room.InstigatorToken);
        await WebSuite.SendAsync(api, $"/api/sessions/{room.SessionId}/start");
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("running");
        await WebSuite.SendAsync(api, $"/api/sessions/{room.SessionId}/pause");
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("paused");
        await page.GetByLabel("Command").FillAsync("svcadm clear webapi");
        await page.GetByLabel("Command").PressAsync("Enter");
        await Expect(terminal.Locator(".note").Last).ToContainTextAsync("svcadm clear webapi: Not run: 'svcadm clear webapi' was not run: the practice is paused");
        // A refused command is still in the history, to run again later.
        await page.GetByLabel("Command").PressAsync("ArrowUp");
        await Expect(page.GetByLabel("Command")).ToHaveValueAsync("svcadm clear webapi");
        await room.Responder.ScreenshotAsync("terminal-refusals");
        // The refused remediation is an expected failed request in the console log; nothing else may be.
        Assert.All(room.Responder.Errors, error => Assert.Contains("the server responded with a status of 4", error, StringComparison.Ordinal));
        room.Instigator.AssertNoErrors();
    }
}

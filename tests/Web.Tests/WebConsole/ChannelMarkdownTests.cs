using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.WebConsole;

/// <summary>
/// Channel text as safe Markdown: code, bold, links and pointers as real links on every console; hostile input
/// (raw HTML, script, event handlers, javascript: and data: links, broken-out attributes, unbalanced markup) shown as
/// text with no script run; @mentions highlighted for the person mentioned only; the post kind back to a message.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ChannelMarkdownTests(WebSuite suite)
{
    [Theory]
    [InlineData("laptop")]
    [InlineData("phone")]
    public async Task Markdown_in_a_post_renders_as_bold_code_and_real_links_on_every_console(string viewport)
    {
        await using var room = await WarRoom.OpenAsync(suite, $"Markdown {viewport}", Viewports.Named(viewport));
        await PostAsync(room.Responder.Page, "**disk full** on `webapi-3`, see [the runbook](https://example.com/runbook) and https://illumos.org/man/8/svcadm.");

        foreach (var (page, list) in new[] { (room.Responder.Page, "#channel"), (room.Instigator.Page, "#channel"), (room.Observer.Page, "#timeline") })
        {
            var post = page.Locator($"{list} li.message").Last;
            await Expect(post.Locator(".md strong")).ToHaveTextAsync("disk full");
            await Expect(post.Locator(".md code")).ToHaveTextAsync("webapi-3");
            await Expect(post.GetByRole(AriaRole.Link, new() { Name = "the runbook" })).ToHaveAttributeAsync("href", "https://example.com/runbook");
            // A pointer in the text is a link too, its sentence's full stop left out.
            await Expect(post.GetByRole(AriaRole.Link, new() { Name = "https://illumos.org/man/8/svcadm" })).ToHaveAttributeAsync("href", "https://illumos.org/man/8/svcadm");
            await Expect(post).ToContainTextAsync("disk full on webapi-3, see the runbook and https://illumos.org/man/8/svcadm.");
        }
        // The instigator's pointer, picked from the scenario's docs, reaches the responder as a link.
        await room.Instigator.Page.GetByLabel("Pointer (docs, man page or source)").SelectOptionAsync(new SelectOptionValue { Label = "svcadm(8) (man)" });
        await room.Instigator.Page.GetByRole(AriaRole.Button, new() { Name = "Send pointer" }).ClickAsync();
        await Expect(room.Responder.Page.Locator("#channel li.pointer a")).ToHaveAttributeAsync("href", "https://illumos.org/man/8/svcadm");
        await Viewports.AssertNoSidewaysScrollAsync(room.Responder.Page, $"The responder console at {viewport}");
        await room.Responder.Page.Locator("#channel").ScrollIntoViewIfNeededAsync();
        await room.Responder.ScreenshotAsync($"channel-markdown-{viewport}");
        room.AssertNoErrors();
    }

    /// <summary>Posts that try to run script or to break out of the text; each must show as the text typed.</summary>
    private static readonly string[] Hostile =
    [
        "<img src=x onerror=window.__pwned=1>",
        "<script>window.__pwned=1</script>",
        "[click me](javascript:window.__pwned=1) and [x](javascript:alert(1))",
        "\"><svg onload=window.__pwned=1>",
        "[ok](https://example.com/\"onmouseover=\"window.__pwned=1\") and [data](data:text/html,<script>window.__pwned=1</script>)",
        "**<b>unclosed *<i onmouseover=window.__pwned=1>nested ` <iframe src=javascript:window.__pwned=1>",
        "`<img src=x onerror=window.__pwned=1>` ```<style>body{display:none}</style>```",
        "<a href=\"javascript:window.__pwned=1\">link</a> &lt;b&gt; &amp; <!-- comment -->",
    ];

    [Theory]
    [InlineData("laptop")]
    [InlineData("phone")]
    public async Task Hostile_input_shows_as_text_and_runs_no_script(string viewport)
    {
        await using var room = await WarRoom.OpenAsync(suite, $"Hostile {viewport}", Viewports.Named(viewport));
        foreach (var text in Hostile)
        {
            await PostAsync(room.Responder.Page, text);
        }
        foreach (var (page, list) in new[] { (room.Responder.Page, "#channel"), (room.Instigator.Page, "#channel"), (room.Observer.Page, "#timeline") })
        {
            await Expect(page.Locator($"{list} li.message")).ToHaveCountAsync(Hostile.Length);
            // Shown as typed (HTML entities too: the text is never parsed as HTML).
            await Expect(page.Locator(list)).ToContainTextAsync("<img src=x onerror=window.__pwned=1>");
            await Expect(page.Locator(list)).ToContainTextAsync("<script>window.__pwned=1</script>");
            await Expect(page.Locator(list)).ToContainTextAsync("\"><svg onload=window.__pwned=1>");
            await Expect(page.Locator(list)).ToContainTextAsync("[click me](javascript:window.__pwned=1)");
            await Expect(page.Locator(list)).ToContainTextAsync("&lt;b&gt; &amp; <!-- comment -->");
            Assert.Equal(0, await page.Locator($"{list} :is(img, script, svg, iframe, style, b, i, a[href^='javascript:'], a[href^='data:'], [onerror], [onload], [onmouseover])").CountAsync());
            // The only link is the one with an http(s) address, its quotes kept inside it.
            var links = page.Locator($"{list} a");
            await Expect(links).ToHaveCountAsync(1);
            await Expect(links).ToHaveAttributeAsync("href", new Regex("^https://example\\.com/%22onmouseover=%22window\\.__pwned=1%22$"));
            await links.HoverAsync();
            Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"), "A hostile post ran script.");
        }
        await room.Responder.Page.Locator("#channel").ScrollIntoViewIfNeededAsync();
        await room.Responder.ScreenshotAsync($"channel-hostile-{viewport}");
        room.AssertNoErrors();
    }

    [Fact]
    public async Task A_mention_highlights_the_post_for_the_person_mentioned_only()
    {
        await using var room = await WarRoom.OpenAsync(suite, "Mentions", Viewports.Laptop);
        await PostAsync(room.Responder.Page, "@Ivo Mentions which host first?");
        var forIvo = room.Instigator.Page.Locator("#channel li.message").Last;
        await Expect(forIvo).ToHaveClassAsync(new Regex("mentions-me"));
        await Expect(forIvo).ToContainTextAsync("mentions you");
        await Expect(forIvo.Locator(".mention.mention-me")).ToHaveTextAsync("@Ivo Mentions");
        foreach (var (page, list) in new[] { (room.Responder.Page, "#channel"), (room.Observer.Page, "#timeline") })
        {
            var post = page.Locator($"{list} li.message").Last;
            await Expect(post.Locator(".mention")).ToHaveTextAsync("@Ivo Mentions");
            await Expect(post).Not.ToHaveClassAsync(new Regex("mentions-me"));
            await Expect(post).Not.ToContainTextAsync("mentions you");
            await Expect(post.Locator(".mention-me")).ToHaveCountAsync(0);
        }

        // A first name no one else has is enough; the mention is the observer's this time, not the instigator's.
        await PostAsync(room.Responder.Page, "thanks @olga, watch the **latency** chart");
        await Expect(room.Observer.Page.Locator("#timeline li.message").Last).ToHaveClassAsync(new Regex("mentions-me"));
        await Expect(room.Instigator.Page.Locator("#channel li.message").Last).Not.ToHaveClassAsync(new Regex("mentions-me"));
        await Expect(room.Instigator.Page.Locator("#channel li.message").Last.Locator(".mention")).ToHaveTextAsync("@olga");
        await room.Instigator.Page.Locator("#channel").ScrollIntoViewIfNeededAsync();
        await room.Instigator.ScreenshotAsync("channel-mention");
        room.AssertNoErrors();
    }

    [Fact]
    public async Task The_kind_of_post_goes_back_to_message_after_a_post()
    {
        await using var room = await WarRoom.OpenAsync(suite, "Kind reset", Viewports.Laptop);
        var page = room.Responder.Page;
        var kind = page.GetByLabel("Kind of post");
        await kind.SelectOptionAsync("helpRequest");
        await PostAsync(page, "Which host should I look at first?");
        await Expect(room.Instigator.Page.Locator("#channel li.helpRequest")).ToContainTextAsync("Which host should I look at first?");
        await Expect(kind).ToHaveValueAsync("message");

        await PostAsync(page, "Found it, looking at webapi-3 now.");
        await Expect(room.Instigator.Page.Locator("#channel li.message")).ToContainTextAsync("Found it, looking at webapi-3 now.");
        await Expect(room.Instigator.Page.Locator("#channel li.helpRequest")).ToHaveCountAsync(1);
        room.AssertNoErrors();
    }

    [Fact]
    public async Task The_debrief_timeline_shows_posts_as_the_same_safe_Markdown()
    {
        var ivo = await suite.RegisterAsync("Ivo Debrief Markdown", canInstigate: true);
        var rita = await suite.RegisterAsync("Rita Debrief Markdown");
        var sessionId = await suite.SessionAsync(ivo.Token, [(rita.Id, "responder")]);
        using var instigator = suite.ClientFor(ivo.Token);
        using var responder = suite.ClientFor(rita.Token);
        await WebSuite.SendAsync(responder, $"/api/sessions/{sessionId}/channel", new { kind = "message", text = "**root cause**: `webapi` in maintenance, see https://illumos.org/man/8/svcadm" });
        await WebSuite.SendAsync(responder, $"/api/sessions/{sessionId}/channel", new { kind = "message", text = "<img src=x onerror=window.__pwned=1> [x](javascript:window.__pwned=1)" });
        await WebSuite.SendAsync(responder, $"/api/sessions/{sessionId}/resolve");
        await WebSuite.SendAsync(responder, $"/api/sessions/{sessionId}/assessment", new
        {
            startMinute = 0, endMinute = 0, failedShares = new Dictionary<string, double>(), rootCause = "none", summary = "none",
        });
        await WebSuite.SendAsync(instigator, $"/api/sessions/{sessionId}/debrief");

        await using var reader = await suite.SignInAsync(rita.Token, "rita-debrief-markdown");
        await reader.Page.GotoAsync($"/sessions/{sessionId}/debrief");
        var timeline = reader.Page.GetByTestId("timeline");
        await Expect(timeline.Locator(".md strong")).ToHaveTextAsync("root cause");
        await Expect(timeline.Locator(".md code")).ToHaveTextAsync("webapi");
        await Expect(timeline.GetByRole(AriaRole.Link, new() { Name = "https://illumos.org/man/8/svcadm" })).ToHaveAttributeAsync("href", "https://illumos.org/man/8/svcadm");
        await Expect(timeline).ToContainTextAsync("<img src=x onerror=window.__pwned=1> [x](javascript:window.__pwned=1)");
        Assert.Equal(0, await timeline.Locator(":is(img, a[href^='javascript:'])").CountAsync());
        Assert.True(await reader.Page.EvaluateAsync<bool>("() => window.__pwned === undefined"), "A hostile post ran script on the debrief.");
        await timeline.ScrollIntoViewIfNeededAsync();
        await reader.ScreenshotAsync("debrief-markdown");
        reader.AssertNoErrors();
    }

    /// <summary>Posts text from the responder's channel form and waits until the form took it.</summary>
    private static async Task PostAsync(IPage page, string text)
    {
        await page.GetByLabel("Message").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Post", Exact = true }).ClickAsync();
        await Expect(page.GetByLabel("Message")).ToHaveValueAsync("");
    }
}

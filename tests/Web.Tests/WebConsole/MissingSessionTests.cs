using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.WebConsole;

/// <summary>A session address that leads nowhere gets a page in words, not the API's problem JSON.</summary>
[Collection(WebCollection.Name)]
public sealed class MissingSessionTests(WebSuite suite)
{
    [Theory]
    [InlineData("respond")]
    [InlineData("observe")]
    [InlineData("debrief")]
    [InlineData("open")]
    public async Task An_unknown_session_page_says_so_in_words(string page)
    {
        var mara = await suite.RegisterAsync($"Mara Missing {page}");
        await using var visitor = await suite.SignInAsync(mara.Token, $"mara-{page}", Viewports.Phone);
        // "open" is the session's own link (/sessions/{id}), which sends each person to their page.
        var response = await visitor.Page.GotoAsync(page == "open" ? $"/sessions/{Guid.NewGuid()}" : $"/sessions/{Guid.NewGuid()}/{page}");
        Assert.Equal(404, response!.Status);
        await Expect(visitor.Page.GetByTestId("missing")).ToContainTextAsync("There is no practice session at that address");
        var text = await visitor.Page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain("\"status\"", text, StringComparison.Ordinal);
        await Viewports.AssertNoSidewaysScrollAsync(visitor.Page, "The missing-session page on a phone");
        if (page == "respond")
        {
            await visitor.ScreenshotAsync("session-missing");
        }
        // The page's own 404 is logged as a failed load, as it should be; nothing else may be.
        Assert.All(visitor.Errors, error => Assert.Contains("404", error, StringComparison.Ordinal));
    }
}

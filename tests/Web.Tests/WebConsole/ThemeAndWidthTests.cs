using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.WebConsole;

/// <summary>Dark mode follows the system until the reader picks with the header's toggle; a 1920 screen's width is used.</summary>
[Collection(WebCollection.Name)]
public sealed class ThemeAndWidthTests(WebSuite suite)
{
    private const string Background = "() => getComputedStyle(document.documentElement).backgroundColor";

    [Theory]
    [InlineData("laptop")]
    [InlineData("wide")]
    [InlineData("phone")]
    public async Task Dark_mode_follows_the_system_and_the_toggle_overrides_it(string viewport)
    {
        await using var room = await WarRoom.OpenAsync(suite, $"Dark {viewport}", Viewports.Named(viewport), colorScheme: ColorScheme.Dark);
        var page = room.Responder.Page;
        Assert.Equal("rgb(15, 20, 25)", await page.EvaluateAsync<string>(Background));
        await room.Responder.ScreenshotAsync($"responder-dark-{viewport}");
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Theme: system" });
        await toggle.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Theme: dark" })).ToBeVisibleAsync();
        Assert.Equal("rgb(15, 20, 25)", await page.EvaluateAsync<string>(Background));
        await page.GetByRole(AriaRole.Button, new() { Name = "Theme: dark" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Theme: light" })).ToBeVisibleAsync();
        Assert.Equal("rgb(255, 255, 255)", await page.EvaluateAsync<string>(Background));
        // The choice is kept: a reload paints light at once, whatever the system says.
        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Theme: light" })).ToBeVisibleAsync();
        Assert.Equal("rgb(255, 255, 255)", await page.EvaluateAsync<string>(Background));
        room.AssertNoErrors();
    }

    [Fact]
    public async Task At_1920_pixels_the_consoles_use_the_screen_width()
    {
        await using var room = await WarRoom.OpenAsync(suite, "Wide", Viewports.Wide);
        foreach (var (visitor, name) in new[] { (room.Responder, "responder"), (room.Instigator, "instigator"), (room.Observer, "observer") })
        {
            await visitor.Page.SetViewportSizeAsync(Viewports.Wide.Width, Viewports.Wide.Height);
            var width = await visitor.Page.Locator("main").EvaluateAsync<double>("e => e.getBoundingClientRect().width");
            Assert.True(width >= 1850, $"The {name} console's content is {width} px wide on a 1920 px screen.");
            await Viewports.AssertNoSidewaysScrollAsync(visitor.Page, $"The {name} console at 1920 px");
            await visitor.ScreenshotAsync($"{name}-1920");
        }
        room.AssertNoErrors();
    }
}

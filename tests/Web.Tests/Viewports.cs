using Microsoft.Playwright;

namespace PracticePlatform.Web.Tests;

/// <summary>The screens the console is checked on, by the names tests pass as theory data.</summary>
public static class Viewports
{
    public static ViewportSize Laptop { get; } = new() { Width = 1280, Height = 800 };

    public static ViewportSize Wide { get; } = new() { Width = 1920, Height = 1080 };

    public static ViewportSize Phone { get; } = new() { Width = 390, Height = 844 };

    /// <summary>"laptop", "wide" or "phone".</summary>
    public static ViewportSize Named(string name) => name switch
    {
        "laptop" => Laptop,
        "wide" => Wide,
        "phone" => Phone,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "A viewport is laptop, wide or phone."),
    };

    /// <summary>Fails when the page is wider than its viewport (a sideways scrollbar).</summary>
    public static async Task AssertNoSidewaysScrollAsync(IPage page, string what)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"{what} scrolls sideways: scrollWidth {widths[0]} > clientWidth {widths[1]}.");
    }
}

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.WebConsole;

/// <summary>On a 390 px phone the responder console works for alarms, acknowledging and the channel, without sideways scrolling.</summary>
[Collection(WebCollection.Name)]
public sealed class PhoneTests(WebSuite suite)
{
    [Fact]
    public async Task On_a_phone_a_responder_acknowledges_and_posts_without_the_page_scrolling_sideways()
    {
        await using var room = await WarRoom.OpenAsync(suite, "Phone", Viewports.Phone);
        var page = room.Responder.Page;
        await Viewports.AssertNoSidewaysScrollAsync(page, "The responder console on a phone");
        await room.PageTheRespondersAsync(suite);
        await Viewports.AssertNoSidewaysScrollAsync(page, "The responder console on a phone with an alarm firing");

        var acknowledge = page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge webapi-instances-unhealthy" });
        await acknowledge.ScrollIntoViewIfNeededAsync();
        var box = await acknowledge.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= Viewports.Phone.Width, $"Acknowledge is cut off: from x={box.X} to x={box.X + box.Width} on a {Viewports.Phone.Width} px screen.");
        await room.Responder.ScreenshotAsync("responder-phone-alarm");
        await acknowledge.ClickAsync();
        await Expect(page.GetByTestId("alarms")).ToContainTextAsync("acknowledged by Rita Phone");

        await page.GetByLabel("Message").FillAsync("On it, from my phone.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post" }).ClickAsync();
        await Expect(page.GetByTestId("channel")).ToContainTextAsync("On it, from my phone.");
        await Expect(room.Instigator.Page.GetByTestId("channel")).ToContainTextAsync("On it, from my phone.");
        var post = await page.GetByRole(AriaRole.Button, new() { Name = "Post" }).BoundingBoxAsync();
        Assert.True(post!.X + post.Width <= Viewports.Phone.Width, "Post is cut off on a phone.");
        await Viewports.AssertNoSidewaysScrollAsync(page, "The responder console on a phone after posting");
        await room.Responder.ScreenshotAsync("responder-phone");
        room.AssertNoErrors();
    }
}

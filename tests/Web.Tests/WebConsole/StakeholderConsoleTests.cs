using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.WebConsole;

/// <summary>
/// Stakeholders and status updates in the console: the instigator speaks as a stakeholder, the responder answers it,
/// posts a status update and finds it on the practice status page, which says PRACTICE before anything else.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class StakeholderConsoleTests(WebSuite suite)
{
    [Fact]
    public async Task A_status_update_posted_by_the_responder_is_on_the_practice_status_page()
    {
        var ivo = await suite.RegisterAsync("Ivo Stakeholder", canInstigate: true);
        var rita = await suite.RegisterAsync("Rita Stakeholder");
        var sessionId = await suite.SessionAsync(ivo.Token, [(rita.Id, "responder")]);
        await using var instigator = await suite.SignInAsync(ivo.Token, "ivo-stakeholder");
        await using var responder = await suite.SignInAsync(rita.Token, "rita-stakeholder");
        await instigator.Page.GotoAsync($"/sessions/{sessionId}/instigate");
        await responder.Page.GotoAsync($"/sessions/{sessionId}/respond");
        await Expect(responder.Page.GetByTestId("status")).ToHaveTextAsync("running");

        await instigator.Page.GetByLabel("Stakeholder (as responders see them)").FillAsync("Support (Dana)");
        await instigator.Page.GetByLabel("Stakeholder's words").FillAsync("Customers report failing downloads. What should I tell them?");
        await instigator.Page.GetByRole(AriaRole.Button, new() { Name = "Send as stakeholder" }).ClickAsync();
        var asked = responder.Page.GetByTestId("stakeholders").Locator("li");
        await Expect(asked).ToContainTextAsync("#1 Support (Dana): Customers report failing downloads.");
        await Expect(asked).ToContainTextAsync("expects an answer");

        await responder.Page.GetByLabel("Your answer").FillAsync("We are investigating; next update in 15 minutes.");
        await responder.Page.GetByRole(AriaRole.Button, new() { Name = "Send answer" }).ClickAsync();
        await Expect(asked).ToContainTextAsync("answered by");

        await responder.Page.GetByLabel("Status update text").FillAsync("Some downloads fail. We are investigating.");
        await responder.Page.GetByLabel("Audience").SelectOptionAsync("customers");
        await responder.Page.GetByLabel("Next update in (minutes)").FillAsync("20");
        await responder.Page.GetByRole(AriaRole.Button, new() { Name = "Send status update" }).ClickAsync();
        await Expect(responder.Page.Locator("#status-state")).ToHaveTextAsync("Status update #1 posted.");
        await Expect(instigator.Page.Locator("#channel li.statusUpdate")).ToContainTextAsync("Some downloads fail.");

        var status = await suite.SignInAsync(rita.Token, "rita-status");
        await using (status)
        {
            await status.Page.GotoAsync($"/sessions/{sessionId}/status");
            await Expect(status.Page.GetByTestId("practice-notice")).ToContainTextAsync("PRACTICE");
            await Expect(status.Page.GetByTestId("status-headline")).ToHaveTextAsync("Some downloads fail. We are investigating.");
            await Expect(status.Page.GetByTestId("customer-updates")).ToContainTextAsync("next in 20 min");
            status.AssertNoErrors();
        }
        instigator.AssertNoErrors();
        responder.AssertNoErrors();
    }
}

using System.Net;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PracticePlatform.Web.Tests.WebConsole;

[Collection(WebCollection.Name)]
public sealed class SignInTests(WebSuite suite)
{
    [Fact]
    public async Task A_page_request_without_a_cookie_goes_to_sign_in_and_a_valid_token_comes_back()
    {
        var person = await suite.RegisterAsync("Sam Signin");
        await using var visitor = await suite.OpenAsync("sam");
        await visitor.Page.GotoAsync("/");
        await Expect(visitor.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin\\?ReturnUrl="));

        await visitor.Page.GetByLabel("Personal token").FillAsync("not-a-token");
        await visitor.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(visitor.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("not valid");

        await visitor.Page.GetByLabel("Personal token").FillAsync(person.Token);
        await visitor.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(visitor.Page.GetByTestId("who")).ToHaveTextAsync("Sam Signin");
        await visitor.ScreenshotAsync("home");
        visitor.AssertNoErrors();
    }

    [Fact]
    public async Task The_cookie_is_HttpOnly_and_SameSite_Strict_and_unsafe_API_calls_need_the_console_header()
    {
        var person = await suite.RegisterAsync("Cora Cookie");
        await using var visitor = await suite.SignInAsync(person.Token, "cora");
        var cookie = Assert.Single(await visitor.Context.CookiesAsync(), c => c.Name == "practice.console");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);

        var me = await visitor.Page.APIRequest.GetAsync("/api/people/me");
        Assert.Equal((int)HttpStatusCode.OK, me.Status);
        var withoutHeader = await visitor.Page.APIRequest.PostAsync("/api/sessions", new() { DataObject = new { scenarioId = "manta-webapi-crash" } });
        Assert.Equal((int)HttpStatusCode.Forbidden, withoutHeader.Status);
        Assert.Contains("X-Practice-Console", await withoutHeader.TextAsync(), StringComparison.Ordinal);
        visitor.AssertNoErrors();
    }

    [Fact]
    public async Task An_API_request_without_credentials_answers_401_problem_json_not_a_redirect()
    {
        using var anonymous = new HttpClient { BaseAddress = suite.Host.Address };
        var response = await anonymous.GetAsync("/api/people/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticePlatform.Api.Security;
using PracticePlatform.Api.WebConsole;

namespace PracticePlatform.Api.Pages;

/// <summary>Signs a person in with their personal token (or the admin with the bootstrap token) and sets the console cookie.</summary>
public sealed class SignInModel(TokenAuthenticator authenticator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? token)
    {
        if (await authenticator.AuthenticateAsync(token ?? "", ConsoleSchemes.Cookie) is not { } principal)
        {
            Error = "That token is not valid. Check that you pasted all of it.";
            return Page();
        }
        await HttpContext.SignInAsync(ConsoleSchemes.Cookie, principal, new AuthenticationProperties { IsPersistent = true });
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}

namespace PracticePlatform.Api.WebConsole;

/// <summary>
/// The authentication schemes of the host: the API's bearer tokens, the console's sign-in cookie, and the policy
/// scheme that picks between them per request.
/// </summary>
public static class ConsoleSchemes
{
    /// <summary>The console's cookie, issued by the sign-in page after a personal token checked out.</summary>
    public const string Cookie = "ConsoleCookie";

    /// <summary>The console cookie's name.</summary>
    public const string CookieName = "practice.console";

    /// <summary>The default scheme: bearer when an Authorization header is present, else the cookie.</summary>
    public const string Practice = "Practice";

    /// <summary>The header the console's scripts send on unsafe API calls; a cross-site form cannot send it.</summary>
    public const string CsrfHeader = "X-Practice-Console";

    /// <summary>The sign-in page, where unauthenticated page requests are sent.</summary>
    public const string SignInPath = "/signin";

    /// <summary>Whether <paramref name="request"/> is an API call, which answers 401/403 problem+json and never redirects.</summary>
    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");
}

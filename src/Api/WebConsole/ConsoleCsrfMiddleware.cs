namespace PracticePlatform.Api.WebConsole;

/// <summary>
/// Cookie-authenticated API calls that change something must carry <see cref="ConsoleSchemes.CsrfHeader"/>. Browsers
/// send cookies with cross-site form posts (SameSite=Strict already stops most), but no other site can add a custom
/// header without a CORS preflight, which this host never grants. Bearer calls carry no ambient credential and pass.
/// </summary>
internal sealed class ConsoleCsrfMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        var request = context.Request;
        if (ConsoleSchemes.IsApi(request)
            && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method)
            && string.IsNullOrEmpty(request.Headers.Authorization)
            && request.Cookies.ContainsKey(ConsoleSchemes.CookieName)
            && request.Headers[ConsoleSchemes.CsrfHeader] != "1")
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status403Forbidden,
                    Title = "Missing console header",
                    Detail = $"Cookie-authenticated API calls that change state must send '{ConsoleSchemes.CsrfHeader}: 1'.",
                },
            });
            return;
        }
        await next(context);
    }
}

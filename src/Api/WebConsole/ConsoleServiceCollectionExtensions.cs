using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using PracticePlatform.Api.Security;
using PracticePlatform.Silo.Hosting;

namespace PracticePlatform.Api.WebConsole;

/// <summary>
/// Wiring of the web console: Razor Pages, the sign-in cookie beside the API's bearer tokens, and data-protection
/// keys kept in the data folder (in PostgreSQL in a cluster) so a restart, or another frontend, keeps people signed in.
/// </summary>
public static class ConsoleServiceCollectionExtensions
{
    public static WebApplicationBuilder AddPracticeConsole(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/", Roles.Person);
            options.Conventions.AllowAnonymousToPage("/SignIn");
            options.Conventions.AuthorizeFolder("/Operations", Roles.Admin);
            // The catalog is for admins and instigators; responders meet a scenario in their session.
            options.Conventions.AuthorizeFolder("/Scenarios", Roles.Instigator);
        });
        services.AddDataProtection().SetApplicationName("PracticePlatform");
        // Keys in the data folder on a single node; in a cluster in PostgreSQL, shared by every frontend.
        services.AddOptions<KeyManagementOptions>().Configure<SiloOptions, ILoggerFactory>((options, silo, loggers) =>
            options.XmlRepository = silo.IsCluster
                ? new PostgresXmlRepository(Npgsql.NpgsqlDataSource.Create(silo.RequirePostgres()))
                : new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(silo.DataFolder, "keys")), loggers));
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = ConsoleSchemes.Practice;
                options.DefaultChallengeScheme = ConsoleSchemes.Practice;
            })
            .AddPolicyScheme(ConsoleSchemes.Practice, "Bearer token or console cookie", options =>
                options.ForwardDefaultSelector = context =>
                    string.IsNullOrEmpty(context.Request.Headers.Authorization) ? ConsoleSchemes.Cookie : BearerTokenHandler.SchemeName)
            .AddCookie(ConsoleSchemes.Cookie, ConfigureCookie);
        services.AddSingleton<ConsoleAccess>();
        services.AddSingleton<LiveSessionStream>();
        return builder;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = ConsoleSchemes.CookieName;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = TimeSpan.FromDays(14);
        options.SlidingExpiration = true;
        options.LoginPath = ConsoleSchemes.SignInPath;
        options.LogoutPath = "/signout";
        options.AccessDeniedPath = "/forbidden";
        // The API answers problem+json (written by the status-code pages), never a redirect to a page.
        options.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
    }

    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int apiStatus)
    {
        if (ConsoleSchemes.IsApi(context.Request))
        {
            context.Response.StatusCode = apiStatus;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }
        return Task.CompletedTask;
    }
}

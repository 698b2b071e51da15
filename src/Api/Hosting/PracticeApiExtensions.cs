using Microsoft.AspNetCore.Authentication;
using PracticePlatform.Api.Security;
using PracticePlatform.Silo.Hosting;

namespace PracticePlatform.Api.Hosting;

/// <summary>Wiring of the API host: a co-hosted silo, bearer tokens, problem+json errors, OpenAPI.</summary>
public static class PracticeApiExtensions
{
    public static WebApplicationBuilder AddPracticeApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddPracticeSilo(builder.Configuration);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton<AdminToken>();
        builder.Services.AddHostedService<AdminTokenBootstrap>();
        builder.Services.AddAuthentication(BearerTokenHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Roles.Admin, policy => policy.RequireRole(Roles.Admin));
        return builder;
    }

    public static WebApplication UsePracticeApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOpenApi();
        return app;
    }
}

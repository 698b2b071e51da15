using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using PracticePlatform.Api.Live;
using PracticePlatform.Api.Security;
using PracticePlatform.Silo.Hosting;
using PracticePlatform.Silo.Security;

namespace PracticePlatform.Api.Hosting;

/// <summary>Wiring of the API host: a co-hosted silo (or, as a frontend, an Orleans client), bearer tokens, problem+json errors, OpenAPI.</summary>
public static class PracticeApiExtensions
{
    public static WebApplicationBuilder AddPracticeApi(this WebApplicationBuilder builder)
    {
        if (FrontendHosting.IsFrontend(builder.Configuration))
        {
            builder.AddPracticeFrontend();
        }
        else
        {
            builder.AddPracticeSilo();
        }
        builder.AddPracticeTelemetry(FrontendHosting.IsFrontend(builder.Configuration) ? "practice-frontend" : "practice-platform");
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton<IProblemDetailsWriter, AnyClientProblemWriter>();
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            o.SerializerOptions.RespectNullableAnnotations = true;
            o.SerializerOptions.RespectRequiredConstructorParameters = true;
        });
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer<BearerSecurityScheme>().AddOperationTransformer<RequestExampleTransformer>());
        builder.Services.AddPracticeRateLimits(builder.Configuration);
        builder.Services.AddSingleton<AdminToken>();
        builder.Services.AddSingleton<TokenAuthenticator>();
        builder.Services.AddSingleton<TimelineFeeds>();
        builder.Services.AddHostedService<AdminTokenBootstrap>();
        builder.Services.AddAuthentication(BearerTokenHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Roles.Admin, policy => policy.RequireRole(Roles.Admin))
            .AddPolicy(Roles.Instigator, policy => policy.RequireRole(Roles.Instigator))
            .AddPolicy(Roles.Person, policy => policy.RequireRole(Roles.Person));
        return builder;
    }

    public static WebApplication UsePracticeApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestSizeLimits();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOpenApi();
        app.MapPracticeMetrics();
        return app;
    }
}

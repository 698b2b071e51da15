using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PracticePlatform.Silo.Security;

namespace PracticePlatform.Silo.Hosting;

/// <summary>
/// A silo on its own (<c>dotnet run --project src/Silo</c>): the silo, and over HTTP (<c>--urls</c>, by default
/// http://0.0.0.0:8081) its liveness and readiness probes and its metrics in Prometheus's text format (admin only,
/// see <see cref="MetricsEndpoint"/>).
/// </summary>
public static class SiloWebHost
{
    public const string DefaultUrls = "http://0.0.0.0:8081";

    public static WebApplicationBuilder AddPracticeSiloHost(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrls);
        }
        builder.AddPracticeSilo();
        builder.AddPracticeTelemetry("practice-silo");
        builder.Services.TryAddSingleton<AdminToken>();
        return builder;
    }

    public static IEndpointRouteBuilder MapSiloEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Live: the process answers. Ready: the silo has joined and its storage answers.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapPracticeMetrics();
        return app;
    }
}

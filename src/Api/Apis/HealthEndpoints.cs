using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace PracticePlatform.Api.Apis;

/// <summary>Liveness and readiness probes, mapped in every environment.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        // Live: the process answers. Ready: the silo is up and storage answers.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }
}

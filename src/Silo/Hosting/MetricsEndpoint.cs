using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PracticePlatform.Silo.Security;

namespace PracticePlatform.Silo.Hosting;

/// <summary>
/// <c>/metrics</c> in Prometheus's text format, on every process's HTTP port (silos and frontends), for the admin
/// only: the caller sends the admin token as a bearer token (Prometheus's <c>authorization</c> setting). Anonymous
/// callers are let in only when <c>Practice:Metrics:AllowAnonymous</c> is true (a scraper inside a closed network).
/// </summary>
public static class MetricsEndpoint
{
    /// <summary>Where the metrics are served.</summary>
    public const string Path = "/metrics";

    /// <summary>The setting that opens the metrics to anonymous callers.</summary>
    public const string AllowAnonymousKey = "Practice:Metrics:AllowAnonymous";

    /// <summary>Maps <see cref="Path"/>, behind the admin check.</summary>
    public static IEndpointConventionBuilder MapPracticeMetrics(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPrometheusScrapingEndpoint(Path, meterProvider: null, configureBranchedPipeline: branch => branch.Use(RequireAdminAsync), optionsName: null);
    }

    private static async Task RequireAdminAsync(HttpContext context, RequestDelegate next)
    {
        if (context.RequestServices.GetRequiredService<IConfiguration>().GetValue<bool>(AllowAnonymousKey))
        {
            await next(context);
            return;
        }
        var authorization = context.Request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await Refuse(StatusCodes.Status401Unauthorized, "Metrics need the admin token",
                $"Send the admin token as a bearer token (Prometheus: authorization credentials), or set {AllowAnonymousKey} to true.").ExecuteAsync(context);
            return;
        }
        if (!await context.RequestServices.GetRequiredService<AdminToken>().MatchesKeptAsync(authorization["Bearer ".Length..].Trim(), context.RequestAborted))
        {
            await Refuse(StatusCodes.Status403Forbidden, "Metrics are for the admin only", "The bearer token is not the admin token.").ExecuteAsync(context);
            return;
        }
        await next(context);
    }

    private static IResult Refuse(int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail);
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using PracticePlatform.Grains.Cells;

namespace PracticePlatform.Silo.Hosting;

/// <summary>
/// Metrics (and, with a collector, traces) of every platform process through OpenTelemetry: Orleans's meter, ASP.NET
/// Core's and Kestrel's, and the platform's own practice meter. Prometheus scrapes them at <c>/metrics</c> (see
/// <see cref="MetricsEndpoint"/>); when the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set they are also pushed
/// to that OTLP collector (with <c>OTEL_EXPORTER_OTLP_PROTOCOL</c>, <c>OTEL_METRIC_EXPORT_INTERVAL</c> and the
/// other standard variables read by the SDK), together with traces of HTTP requests and grain calls.
/// </summary>
public static class PracticeTelemetry
{
    /// <summary>The standard variable naming an OTLP collector.</summary>
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The meters exported.</summary>
    public static IReadOnlyList<string> Meters { get; } =
    [
        "Microsoft.Orleans",
        CellInstruments.MeterName,
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.Routing",
        "Microsoft.AspNetCore.Diagnostics",
        "Microsoft.AspNetCore.RateLimiting",
        "Microsoft.AspNetCore.Authentication",
        "Microsoft.AspNetCore.Authorization",
    ];

    /// <summary>Adds the platform's telemetry as <paramref name="serviceName"/> (unless <c>OTEL_SERVICE_NAME</c> says otherwise).</summary>
    public static IHostApplicationBuilder AddPracticeTelemetry(this IHostApplicationBuilder builder, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } named ? named : serviceName))
            .WithMetrics(metrics => metrics.AddMeter([.. Meters]).AddPrometheusExporter());
        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointVariable]))
        {
            // Traces only where a collector takes them: listening to activities costs every request and grain call.
            telemetry.WithTracing(tracing => tracing.AddSource("Microsoft.AspNetCore", "Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"));
            telemetry.UseOtlpExporter();
        }
        return builder;
    }
}

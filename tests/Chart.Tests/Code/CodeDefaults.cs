using Orleans.Configuration;
using PracticePlatform.Silo.Hosting;

namespace PracticePlatform.Chart.Tests.Code;

/// <summary>The ports the processes listen on when nothing overrides them, taken from the code itself.</summary>
public static class CodeDefaults
{
    /// <summary>Silo to silo: Orleans's default, which ClusterHosting also falls back to.</summary>
    public const int SiloPort = EndpointOptions.DEFAULT_SILO_PORT;

    /// <summary>Frontends to silos: Orleans's default gateway port, which ClusterHosting also falls back to.</summary>
    public const int GatewayPort = EndpointOptions.DEFAULT_GATEWAY_PORT;

    /// <summary>A silo's HTTP port (probes and /metrics), from <see cref="SiloWebHost.DefaultUrls"/>.</summary>
    public static int SiloHttpPort { get; } = new Uri(SiloWebHost.DefaultUrls).Port;

    /// <summary>
    /// A frontend's HTTP port in a container. The code's own default (appsettings.json, localhost:5080) is for a
    /// developer's machine; the image sets URLS=http://+:8080, the .NET container images' convention.
    /// </summary>
    public const int FrontendHttpPort = 8080;

    /// <summary>The paths the code maps its health checks to (SiloWebHost and the API's HealthEndpoints).</summary>
    public const string LivenessPath = "/health/live";

    public const string ReadinessPath = "/health/ready";
}

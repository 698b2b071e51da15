using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Providers;
using Orleans.Storage;
using PracticePlatform.Silo.Hosting.Probes;

namespace PracticePlatform.Silo.Hosting;

/// <summary>Ready when the default grain storage answers a read (the host only serves once the silo has started).</summary>
internal sealed class SiloReadinessCheck(IServiceProvider services) : IHealthCheck
{
    private static readonly GrainId Probe = GrainId.Create("silo", "readiness");

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var storage = services.GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME);
            await storage.ReadStateAsync("readiness", Probe, new ProbeState()).WaitAsync(cancellationToken);
            return HealthCheckResult.Healthy("Grain storage answers.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Storage does not answer.", exception);
        }
    }
}

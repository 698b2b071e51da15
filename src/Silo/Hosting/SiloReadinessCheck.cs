using Microsoft.Extensions.Diagnostics.HealthChecks;
using PracticePlatform.Runtime.Hosting;
using PracticePlatform.Runtime.Storage;
using PracticePlatform.Silo.Hosting.Probes;

namespace PracticePlatform.Silo.Hosting;

/// <summary>Ready when the runtime is up and the default storage answers a read.</summary>
internal sealed class SiloReadinessCheck(GrainRuntime runtime, [Microsoft.Extensions.DependencyInjection.FromKeyedServices(GrainStorageNames.Default)] IGrainStorage storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var probe = new ProbeState();
            await storage.ReadStateAsync("readiness", new Runtime.GrainId("silo", "readiness"), probe).WaitAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{runtime.ActivationCount} activations");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Storage does not answer.", exception);
        }
    }
}

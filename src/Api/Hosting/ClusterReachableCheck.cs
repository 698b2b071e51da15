using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PracticePlatform.Api.Hosting;

/// <summary>A frontend is ready while a silo answers it: the management grain lists at least one active silo within 2 s.</summary>
internal sealed class ClusterReachableCheck(IGrainFactory grains) : IHealthCheck
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var silos = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).WaitAsync(Bound, cancellationToken);
            return silos.Count > 0
                ? HealthCheckResult.Healthy($"{silos.Count} active silo(s) reachable.")
                : HealthCheckResult.Unhealthy("No active silo.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("No silo reachable.", exception);
        }
    }
}

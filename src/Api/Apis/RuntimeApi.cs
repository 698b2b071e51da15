using System.Collections.Immutable;
using PracticePlatform.Api.Security;

namespace PracticePlatform.Api.Apis;

/// <summary>The Orleans cluster's state, for operators and scripts (the dashboard shows the same, and more).</summary>
public static class RuntimeApi
{
    public static IEndpointRouteBuilder MapRuntimeApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/runtime").RequireAuthorization(Roles.Admin).WithTags("Runtime");
        group.MapGet("/", GetStatusAsync)
            .WithSummary("Cluster status")
            .WithDescription("Active silos, and live activations in total and per grain type across the cluster, from Orleans's management grain. Admins only.");
        return app;
    }

    /// <summary>Active silos and live activations.</summary>
    private static async Task<RuntimeStatus> GetStatusAsync(IGrainFactory grains)
    {
        var management = grains.GetGrain<IManagementGrain>(0);
        var silos = await management.GetHosts(onlyActive: true);
        var statistics = await management.GetSimpleGrainStatistics();
        var byType = statistics
            .GroupBy(s => s.GrainType, StringComparer.Ordinal)
            .ToImmutableSortedDictionary(g => g.Key, g => g.Sum(s => s.ActivationCount), StringComparer.Ordinal);
        return new RuntimeStatus(silos.Count, byType.Values.Sum(), byType);
    }

    /// <summary>The cluster status document.</summary>
    public sealed record RuntimeStatus(int Silos, int Activations, IReadOnlyDictionary<string, int> ActivationsByType);
}

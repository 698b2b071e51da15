using System.Collections.Immutable;
using PracticePlatform.Api.Security;
using PracticePlatform.Contracts.Sessions;

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
        group.MapGet("/sessions/{id:guid}", GetSessionHostAsync)
            .WithSummary("Where a session runs")
            .WithDescription("The address (ip:port of silo-to-silo traffic) of the silo holding the session's activation, or null when it is not in memory. Admins only.");
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

    /// <summary>The silo holding a session's activation now.</summary>
    private static async Task<SessionHost> GetSessionHostAsync(Guid id, IGrainFactory grains)
    {
        var address = await grains.GetGrain<IManagementGrain>(0).GetActivationAddress(grains.GetGrain<ISessionGrain>(id));
        return new SessionHost(id, address?.Endpoint.ToString());
    }

    /// <summary>Where a session is active: a silo's endpoint, or null.</summary>
    public sealed record SessionHost(Guid Session, string? Silo);

    /// <summary>The cluster status document.</summary>
    public sealed record RuntimeStatus(int Silos, int Activations, IReadOnlyDictionary<string, int> ActivationsByType);
}

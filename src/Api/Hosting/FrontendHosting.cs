using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Configuration;
using Orleans.Dashboard;
using PracticePlatform.Silo.Hosting;

namespace PracticePlatform.Api.Hosting;

/// <summary>
/// The API host's role, from <c>PRACTICE_ROLE</c>: <c>all</c> (the default) co-hosts a silo; <c>frontend</c> serves
/// the API, console and dashboard as an Orleans client of a cluster over PostgreSQL, finding its gateways in the
/// membership table. A frontend serves HTTP while it looks for silos, and is ready only while it reaches one.
/// </summary>
public static class FrontendHosting
{
    /// <summary>Whether the configuration asks for a client-only frontend (and names a valid role at all).</summary>
    public static bool IsFrontend(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration["PRACTICE_ROLE"]?.Trim().ToLowerInvariant() switch
        {
            null or "" or "all" => false,
            "frontend" => true,
            var other => throw new StartupException($"PRACTICE_ROLE must be 'all' (a silo that also serves HTTP) or 'frontend' (HTTP only, an Orleans client), not '{other}'."),
        };
    }

    public static WebApplicationBuilder AddPracticeFrontend(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = PracticePlatform.Silo.Hosting.SiloOptions.Read(builder.Configuration);
        if (!options.IsCluster)
        {
            throw new StartupException("PRACTICE_ROLE=frontend needs a cluster to call: set PRACTICE_STORAGE=postgres and PRACTICE_POSTGRES.");
        }
        var connectionString = options.RequirePostgres();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddPostgresStartup(options);
        // HTTP (and so /health/ready, answering 503) comes up while the client is still looking for a silo.
        builder.Services.Configure<HostOptions>(host => host.ServicesStartConcurrently = true);
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(cluster => (cluster.ClusterId, cluster.ServiceId) = (options.ClusterId, options.ServiceId));
            client.UseAdoNetClustering(ado => (ado.Invariant, ado.ConnectionString) = ("Npgsql", connectionString));
            // New and restarted silos are found within seconds, as fast as the silos declare dead ones.
            client.Configure<GatewayOptions>(gateways => gateways.GatewayListRefreshPeriod = TimeSpan.FromSeconds(2));
            client.UseConnectionRetryFilter<SiloSearch>();
            client.AddDashboard();
        });
        builder.Services.AddSingleton<SiloSearch>();
        builder.Services.AddHealthChecks().AddCheck<ClusterReachableCheck>("cluster", tags: ["ready"]);
        return builder;
    }
}

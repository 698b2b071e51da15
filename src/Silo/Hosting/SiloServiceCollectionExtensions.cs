using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Providers;
using PracticePlatform.Silo.Notifications;
using PracticePlatform.Silo.Storage;

namespace PracticePlatform.Silo.Hosting;

/// <summary>Wires an Orleans silo into a host: storage, reminders, the dashboard's silo side, notification delivery and readiness.</summary>
public static class SiloServiceCollectionExtensions
{
    /// <summary>
    /// Hosts an Orleans silo with the platform's grains and the storage that the configuration names (see
    /// <see cref="SiloOptions"/>), plus the services its grains use.
    /// </summary>
    public static IHostApplicationBuilder AddPracticeSilo(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = SiloOptions.Read(builder.Configuration);
        if (options.IsCluster)
        {
            // Before Orleans starts: membership needs the schema in place.
            builder.Services.AddPostgresStartup(options);
        }
        builder.UseOrleans(silo => silo.AddPracticeGrains(options, builder.Configuration));
        builder.Services.AddPracticeSiloServices(options, builder.Configuration);
        return builder;
    }

    /// <summary>
    /// What a silo of the platform needs on Orleans's side: clustering (on this machine by default, over PostgreSQL
    /// with cluster storage), grain storage and reminders in the configured store, idle collection and the
    /// dashboard's silo half. Tests call this on the silos of their in-process cluster.
    /// </summary>
    public static ISiloBuilder AddPracticeGrains(this ISiloBuilder silo, SiloOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(options);
        if (options.UseLocalhostClustering && options.IsCluster)
        {
            silo.AddPostgresClustering(options, configuration);
        }
        else if (options.UseLocalhostClustering)
        {
            silo.UseLocalhostClustering(options.SiloPort ?? FreeLoopbackPort(), options.GatewayPort ?? FreeLoopbackPort(), serviceId: options.ServiceId, clusterId: options.ClusterId);
        }
        silo.AddReminders();
        silo.AddPracticeStorage(options);
        // Practice:Runtime holds the Orleans settings operators and tests tune: idle collection and activation
        // timeout (GrainCollectionOptions), and the response timeout (SiloMessagingOptions, 30 s by default).
        silo.Configure<GrainCollectionOptions>(configuration.GetSection("Practice:Runtime"));
        silo.Configure<SiloMessagingOptions>(configuration.GetSection("Practice:Runtime"));
        silo.AddDashboard(dashboard => dashboard.CounterUpdateIntervalMs = 2000);
        return silo;
    }

    /// <summary>The services the grains take from the container: clock, live feed, notification delivery, readiness.</summary>
    public static IServiceCollection AddPracticeSiloServices(this IServiceCollection services, SiloOptions options, IConfiguration configuration)
    {
        services.TryAddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddPracticeNotifications(configuration);
        services.AddHealthChecks().AddCheck<SiloReadinessCheck>("silo", tags: ["ready"]);
        return services;
    }

    /// <summary>Grain storage and the reminder table, both in the store <paramref name="options"/> names.</summary>
    private static void AddPracticeStorage(this ISiloBuilder silo, SiloOptions options)
    {
        var services = silo.Services;
        switch (options.Storage.ToLowerInvariant())
        {
            case "sqlite":
                Directory.CreateDirectory(options.DataFolder);
                services.AddSqliteGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, options.SqlitePath);
                services.AddSqliteReminderTable(options.SqlitePath);
                break;
            case "postgres":
                var connectionString = options.RequirePostgres();
                services.AddPostgresGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, connectionString);
                silo.UseAdoNetReminderService(ado => (ado.Invariant, ado.ConnectionString) = ("Npgsql", connectionString));
                break;
            case "memory":
                services.AddMemoryGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME);
                silo.UseInMemoryReminderService();
                break;
            default:
                throw new InvalidOperationException($"Unknown storage '{options.Storage}': use sqlite, postgres or memory.");
        }
    }

    /// <summary>A loopback port nobody listens on now: one process's single silo needs no fixed port.</summary>
    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

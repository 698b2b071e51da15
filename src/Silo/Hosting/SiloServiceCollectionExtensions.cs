using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PracticePlatform.Runtime.Hosting;
using PracticePlatform.Runtime.Storage;
using PracticePlatform.Silo.Notifications;
using PracticePlatform.Silo.Storage;

namespace PracticePlatform.Silo.Hosting;

/// <summary>Wires a silo into a host: storage, reminders, the grain runtime, notification delivery and its readiness check.</summary>
public static class SiloServiceCollectionExtensions
{
    /// <summary>
    /// Adds a silo hosting the platform's grains (and those of <paramref name="extraGrainAssemblies"/>), with the
    /// storage that <paramref name="configuration"/> names (see <see cref="SiloOptions"/>).
    /// </summary>
    public static IServiceCollection AddPracticeSilo(this IServiceCollection services, IConfiguration configuration, params Assembly[] extraGrainAssemblies)
    {
        var options = ReadOptions(configuration);
        services.AddSingleton(options);
        switch (options.Storage.ToLowerInvariant())
        {
            case "sqlite":
                Directory.CreateDirectory(options.DataFolder);
                services.AddSqliteGrainStorage(GrainStorageNames.Default, options.SqlitePath);
                services.AddSqliteReminderTable(options.SqlitePath);
                break;
            case "postgres":
                var connectionString = options.PostgresConnectionString
                    ?? throw new InvalidOperationException("Storage is 'postgres' but no connection string is set (PRACTICE_POSTGRES or Practice:PostgresConnectionString).");
                services.AddPostgresGrainStorage(GrainStorageNames.Default, connectionString);
                services.AddPostgresReminderTable(connectionString);
                break;
            case "memory":
                services.AddMemoryGrainStorage(GrainStorageNames.Default);
                services.AddMemoryReminderTable();
                break;
            default:
                throw new InvalidOperationException($"Unknown storage '{options.Storage}': use sqlite, postgres or memory.");
        }
        services.AddGrainRuntime(
            o => configuration.GetSection("Practice:Runtime").Bind(o),
            [typeof(SiloServiceCollectionExtensions).Assembly, .. GrainAssemblies(), .. extraGrainAssemblies]);
        services.AddSingleton<Grains.Sessions.SessionFeed>();
        services.AddPracticeNotifications(configuration);
        services.AddHealthChecks().AddCheck<SiloReadinessCheck>("silo", tags: ["ready"]);
        return services;
    }

    private static SiloOptions ReadOptions(IConfiguration configuration)
    {
        var options = new SiloOptions();
        configuration.GetSection("Practice").Bind(options);
        options.DataFolder = configuration["PRACTICE_DATA"] is { Length: > 0 } data ? data : options.DataFolder;
        options.Storage = configuration["PRACTICE_STORAGE"] is { Length: > 0 } storage ? storage : options.Storage;
        options.PostgresConnectionString = configuration["PRACTICE_POSTGRES"] is { Length: > 0 } postgres ? postgres : options.PostgresConnectionString;
        return options;
    }

    /// <summary>The platform's grain assembly (src/Grains), found by name so the silo needs no compile-time list.</summary>
    private static IEnumerable<Assembly> GrainAssemblies()
    {
        yield return Assembly.Load("PracticePlatform.Grains");
    }
}

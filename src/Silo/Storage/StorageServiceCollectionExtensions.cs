using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using PracticePlatform.Silo.Storage.Postgres;
using PracticePlatform.Silo.Storage.Sqlite;

namespace PracticePlatform.Silo.Storage;

/// <summary>
/// Registers grain storage providers (keyed by storage name, as <see cref="IGrainStorage"/> and
/// <see cref="GrainStateStore"/>) and the reminder table (one per silo, as <see cref="IReminderTable"/>).
/// </summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>Grain storage named <paramref name="name"/> in the SQLite file <paramref name="databasePath"/> (created with its folder if missing).</summary>
    public static IServiceCollection AddSqliteGrainStorage(this IServiceCollection services, string name, string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        return services.AddGrainStorage(name, _ => new SqliteGrainStorage(PrepareFolder(databasePath)));
    }

    /// <summary>Grain storage named <paramref name="name"/> in the PostgreSQL database of <paramref name="connectionString"/>.</summary>
    public static IServiceCollection AddPostgresGrainStorage(this IServiceCollection services, string name, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return services.AddGrainStorage(name, _ => new PostgresGrainStorage(connectionString));
    }

    /// <summary>Grain storage named <paramref name="name"/> in process memory: for tests, not durable.</summary>
    public static IServiceCollection AddMemoryGrainStorage(this IServiceCollection services, string name) =>
        services.AddGrainStorage(name, _ => new MemoryGrainStorage());

    /// <summary>The reminder table in the SQLite file <paramref name="databasePath"/> (usually the grain storage's).</summary>
    public static IServiceCollection AddSqliteReminderTable(this IServiceCollection services, string databasePath)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        return services.AddSingleton<IReminderTable>(_ => new SqliteReminderTable(PrepareFolder(databasePath)));
    }

    private static IServiceCollection AddGrainStorage(this IServiceCollection services, string name, Func<IServiceProvider, GrainStateStore> create)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        // Orleans's registration: keyed by name, and also the unnamed default when the name is "Default".
        services.AddKeyedSingleton(name, (provider, _) => create(provider));
        return Orleans.Runtime.Hosting.StorageProviderExtensions.AddGrainStorage(services, name, (provider, key) => provider.GetRequiredKeyedService<GrainStateStore>(key));
    }

    private static string PrepareFolder(string databasePath)
    {
        var fullPath = Path.GetFullPath(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        return fullPath;
    }
}

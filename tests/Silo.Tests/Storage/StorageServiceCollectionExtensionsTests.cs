using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using PracticePlatform.Silo.Storage;
using PracticePlatform.Silo.Storage.Postgres;
using PracticePlatform.Silo.Storage.Sqlite;

namespace PracticePlatform.Silo.Tests.Storage;

public sealed class StorageServiceCollectionExtensionsTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("practice-registration-");

    [Fact]
    public async Task AddGrainStorage_RegistersOneInstancePerNameAsBothContracts()
    {
        var databasePath = Path.Combine(_folder.FullName, "data", "practice.db");
        var services = new ServiceCollection()
            .AddSqliteGrainStorage("Default", databasePath)
            .AddMemoryGrainStorage("Scratch")
            .AddPostgresGrainStorage("Cluster", "Host=127.0.0.1;Database=practice");

        await using (var provider = services.BuildServiceProvider())
        {
            var sqlite = provider.GetRequiredKeyedService<IGrainStorage>("Default");
            Assert.IsType<SqliteGrainStorage>(sqlite);
            Assert.Same(sqlite, provider.GetRequiredKeyedService<GrainStateStore>("Default"));
            Assert.IsType<PracticePlatform.Silo.Storage.MemoryGrainStorage>(provider.GetRequiredKeyedService<IGrainStorage>("Scratch"));
            Assert.IsType<PostgresGrainStorage>(provider.GetRequiredKeyedService<IGrainStorage>("Cluster"));
            Assert.Null(provider.GetKeyedService<IGrainStorage>("Missing"));

            await provider.GetRequiredKeyedService<GrainStateStore>("Default").WriteAsync(new GrainStateKey("counter", "a", "counter"), [1], null);
        }

        Assert.True(File.Exists(databasePath), "The SQLite file and its missing folder are created on first use.");
    }

    [Fact]
    public async Task AddReminderTable_RegistersTheSilosTable()
    {
        var databasePath = Path.Combine(_folder.FullName, "practice.db");

        await using var sqlite = new ServiceCollection().AddSqliteReminderTable(databasePath).BuildServiceProvider();

        Assert.IsType<SqliteReminderTable>(sqlite.GetRequiredService<IReminderTable>());
    }

    public void Dispose() => _folder.Delete(recursive: true);
}

using PracticePlatform.Runtime.Reminders;
using PracticePlatform.Runtime.Storage;
using PracticePlatform.Silo.Storage.Postgres;
using PracticePlatform.Testing;

namespace PracticePlatform.Silo.Tests.Storage.Postgres;

/// <summary>The PostgreSQL providers, both in one fresh database per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStorageTests(PostgresServer server) : StorageContractTests
{
    private string? _connectionString;

    protected override async Task<GrainStateStore> CreateGrainStorageAsync() =>
        new PostgresGrainStorage(_connectionString ??= await server.CreateDatabaseAsync());

    protected override async Task<IReminderTable> CreateReminderTableAsync() =>
        new PostgresReminderTable(_connectionString ??= await server.CreateDatabaseAsync());
}

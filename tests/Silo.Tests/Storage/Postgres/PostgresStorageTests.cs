using PracticePlatform.Silo.Storage;
using PracticePlatform.Silo.Storage.Postgres;
using PracticePlatform.Testing;

namespace PracticePlatform.Silo.Tests.Storage.Postgres;

/// <summary>The PostgreSQL grain storage, in one fresh database per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStorageTests(PostgresServer server) : StorageContractTests
{
    protected override async Task<GrainStateStore> CreateGrainStorageAsync() => new PostgresGrainStorage(await server.CreateDatabaseAsync());
}

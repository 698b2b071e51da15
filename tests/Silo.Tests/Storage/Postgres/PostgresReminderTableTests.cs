using PracticePlatform.Silo.Storage;
using PracticePlatform.Silo.Storage.Postgres;
using PracticePlatform.Testing;

namespace PracticePlatform.Silo.Tests.Storage.Postgres;

/// <summary>The PostgreSQL reminder table, in one fresh database per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresReminderTableTests(PostgresServer server) : ReminderTableContractTests
{
    protected override async Task<ReminderStore> CreateReminderTableAsync() => new PostgresReminderTable(await server.CreateDatabaseAsync());
}

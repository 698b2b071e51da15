using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Configuration;
using PracticePlatform.Silo.Storage.Postgres;
using PracticePlatform.Testing;

namespace PracticePlatform.Silo.Tests.Storage.Postgres;

/// <summary>
/// Orleans's ADO.NET reminder table on the platform's PostgreSQL schema and statements, in one fresh database per
/// test: the statements in orleansquery are ours, so this suite is what proves them.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresReminderTableTests(PostgresServer server) : ReminderTableContractTests
{
    private ServiceProvider? _services;

    protected override TimeSpan StartTimePrecision => TimeSpan.FromMicroseconds(1);

    protected override async Task<IReminderTable> CreateReminderTableAsync()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await using (var dataSource = NpgsqlDataSource.Create(connectionString))
        {
            await new PostgresSchema(dataSource).EnsureCreatedAsync();
        }
        var services = new ServiceCollection();
        services.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = ("contract", "contract-service"));
        services.UseAdoNetReminderService(o => o.Configure(options => (options.Invariant, options.ConnectionString) = ("Npgsql", connectionString)));
        _services = services.BuildServiceProvider();
        var table = _services.GetRequiredService<IReminderTable>();
        await table.StartAsync();
        return table;
    }

    protected override async Task CleanUpAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }
}

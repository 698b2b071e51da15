using Npgsql;

namespace PracticePlatform.Silo.Storage.Postgres;

/// <summary>
/// Creates a provider's tables once, on first use. Silos starting together serialize on an advisory lock, because
/// concurrent CREATE ... IF NOT EXISTS statements can still collide in PostgreSQL's catalog.
/// </summary>
internal sealed class PostgresSchema(NpgsqlDataSource dataSource, string ddl)
{
    private const long SchemaLockId = 0x5072_6163_7469_6365; // "Practice"

    private readonly Lock _lock = new();
    private Task? _created;

    public Task EnsureCreatedAsync()
    {
        lock (_lock)
        {
            // A failed attempt (database not up yet) is retried by the next operation.
            if (_created is null || _created.IsFaulted || _created.IsCanceled)
            {
                _created = CreateAsync();
            }
            return _created;
        }
    }

    private async Task CreateAsync()
    {
        await using var connection = await dataSource.OpenConnectionAsync().ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@id);", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue("id", SchemaLockId);
            await lockCommand.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
#pragma warning disable CA2100 // The providers' own constant DDL.
        await using (var command = new NpgsqlCommand(ddl, connection, transaction))
#pragma warning restore CA2100
        {
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
        await transaction.CommitAsync().ConfigureAwait(false);
    }
}

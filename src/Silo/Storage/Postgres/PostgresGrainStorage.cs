using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace PracticePlatform.Silo.Storage.Postgres;

/// <summary>
/// Grain storage in PostgreSQL, shared by the silos of a cluster. ETags are record versions; a conditional write is
/// one INSERT ... ON CONFLICT DO NOTHING (first write) or one UPDATE guarded by the expected version, and a conflict
/// shows as no row changed. Acknowledged once PostgreSQL has committed.
/// </summary>
public sealed class PostgresGrainStorage : GrainStateStore, IAsyncDisposable, IDisposable
{
    private const string SelectSql =
        "SELECT version, payload FROM grain_state WHERE grain_type = @type AND grain_key = @key AND state_name = @state;";

    private const string InsertSql = """
        INSERT INTO grain_state (grain_type, grain_key, state_name, version, payload)
        VALUES (@type, @key, @state, 1, @payload)
        ON CONFLICT DO NOTHING;
        """;

    private const string UpdateSql = """
        UPDATE grain_state SET version = version + 1, payload = @payload
        WHERE grain_type = @type AND grain_key = @key AND state_name = @state AND version = @expected;
        """;

    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresSchema _schema;

    /// <summary>Connects to the database in <paramref name="connectionString"/>; the schema is brought up to date on first use.</summary>
    public PostgresGrainStorage(string connectionString)
    {
        _dataSource = PostgresDataSources.Create(connectionString);
        _schema = new PostgresSchema(_dataSource);
    }

    public override async Task<StoredState?> ReadAsync(GrainStateKey key, CancellationToken cancellationToken = default)
    {
        await _schema.EnsureCreatedAsync().ConfigureAwait(false);
        return await SelectAsync(key, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<string> WriteAsync(GrainStateKey key, byte[]? payload, string? expectedETag, CancellationToken cancellationToken = default)
    {
        await _schema.EnsureCreatedAsync().ConfigureAwait(false);
        long expected = 0;
        if (expectedETag is not null && !long.TryParse(expectedETag, NumberStyles.None, CultureInfo.InvariantCulture, out expected))
        {
            throw Conflict(key, (await SelectAsync(key, cancellationToken).ConfigureAwait(false))?.ETag, expectedETag);
        }
        await using var command = _dataSource.CreateCommand(expectedETag is null ? InsertSql : UpdateSql);
        AddKey(command.Parameters, key);
        command.Parameters.Add(new NpgsqlParameter("payload", NpgsqlDbType.Bytea) { Value = (object?)payload ?? DBNull.Value });
        if (expectedETag is not null)
        {
            command.Parameters.AddWithValue("expected", expected);
        }
        if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
        {
            return (expected + 1).ToString(CultureInfo.InvariantCulture);
        }
        throw Conflict(key, (await SelectAsync(key, cancellationToken).ConfigureAwait(false))?.ETag, expectedETag);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();

    private async Task<StoredState?> SelectAsync(GrainStateKey key, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(SelectSql);
        AddKey(command.Parameters, key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }
        var etag = reader.GetInt64(0).ToString(CultureInfo.InvariantCulture);
        var payload = await reader.IsDBNullAsync(1, cancellationToken).ConfigureAwait(false)
            ? null
            : await reader.GetFieldValueAsync<byte[]>(1, cancellationToken).ConfigureAwait(false);
        return new StoredState(payload, etag);
    }

    private static void AddKey(NpgsqlParameterCollection parameters, GrainStateKey key)
    {
        parameters.AddWithValue("type", key.GrainType);
        parameters.AddWithValue("key", key.GrainKey);
        parameters.AddWithValue("state", key.StateName);
    }
}

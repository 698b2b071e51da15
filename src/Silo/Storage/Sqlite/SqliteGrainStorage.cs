using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PracticePlatform.Silo.Storage.Sqlite;

/// <summary>
/// Grain storage in one SQLite file (the embedded default). ETags are record versions; a conditional write is one
/// INSERT (first write) or one UPDATE guarded by the expected version, and a conflict shows as no row changed.
/// An acknowledged write is durable: see <see cref="SqliteDatabase"/>.
/// </summary>
public sealed class SqliteGrainStorage : GrainStateStore, IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS grain_state (
            grain_type TEXT NOT NULL,
            grain_key TEXT NOT NULL,
            state_name TEXT NOT NULL,
            version INTEGER NOT NULL,
            payload BLOB,
            PRIMARY KEY (grain_type, grain_key, state_name)
        );
        """;

    private const string SelectSql =
        "SELECT version, payload FROM grain_state WHERE grain_type = $type AND grain_key = $key AND state_name = $state;";

    private const string InsertSql = """
        INSERT INTO grain_state (grain_type, grain_key, state_name, version, payload)
        VALUES ($type, $key, $state, 1, $payload)
        ON CONFLICT DO NOTHING;
        """;

    private const string UpdateSql = """
        UPDATE grain_state SET version = version + 1, payload = $payload
        WHERE grain_type = $type AND grain_key = $key AND state_name = $state AND version = $expected;
        """;

    private readonly SqliteDatabase _database;

    /// <summary>Opens (on first use: creates) the store in <paramref name="databasePath"/>.</summary>
    public SqliteGrainStorage(string databasePath)
    {
        _database = new SqliteDatabase(databasePath, Schema);
    }

    public override Task<StoredState?> ReadAsync(GrainStateKey key, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_database.Read(session => Select(session, key)));
    }

    public override Task<string> WriteAsync(GrainStateKey key, byte[]? payload, string? expectedETag, CancellationToken cancellationToken = default)
    {
        return _database.WriteAsync(session => expectedETag is null
            ? Insert(session, key, payload)
            : Update(session, key, payload, expectedETag), cancellationToken);
    }

    public void Dispose() => _database.Dispose();

    private static string Insert(SqliteSession session, GrainStateKey key, byte[]? payload)
    {
        var command = session.Command(InsertSql);
        AddKey(command.Parameters, key);
        command.Parameters.AddWithValue("$payload", (object?)payload ?? DBNull.Value);
        if (command.ExecuteNonQuery() == 1)
        {
            return "1";
        }
        throw Conflict(key, Select(session, key)?.ETag, null);
    }

    private static string Update(SqliteSession session, GrainStateKey key, byte[]? payload, string expectedETag)
    {
        if (!long.TryParse(expectedETag, NumberStyles.None, CultureInfo.InvariantCulture, out var expected))
        {
            throw Conflict(key, Select(session, key)?.ETag, expectedETag);
        }
        var command = session.Command(UpdateSql);
        AddKey(command.Parameters, key);
        command.Parameters.AddWithValue("$payload", (object?)payload ?? DBNull.Value);
        command.Parameters.AddWithValue("$expected", expected);
        if (command.ExecuteNonQuery() == 1)
        {
            return (expected + 1).ToString(CultureInfo.InvariantCulture);
        }
        throw Conflict(key, Select(session, key)?.ETag, expectedETag);
    }

    private static StoredState? Select(SqliteSession session, GrainStateKey key)
    {
        var command = session.Command(SelectSql);
        AddKey(command.Parameters, key);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }
        var etag = reader.GetInt64(0).ToString(CultureInfo.InvariantCulture);
        var payload = reader.IsDBNull(1) ? null : reader.GetFieldValue<byte[]>(1);
        return new StoredState(payload, etag);
    }

    private static void AddKey(SqliteParameterCollection parameters, GrainStateKey key)
    {
        parameters.AddWithValue("$type", key.GrainType);
        parameters.AddWithValue("$key", key.GrainKey);
        parameters.AddWithValue("$state", key.StateName);
    }
}

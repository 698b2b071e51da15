using System.Globalization;
using Npgsql;

namespace PracticePlatform.Silo.Storage.Postgres;

/// <summary>
/// Reminder definitions in PostgreSQL. ETags come from a sequence, so an ETag is never reused, not even after a
/// reminder is removed and registered again.
/// </summary>
public sealed class PostgresReminderTable : ReminderStore, IAsyncDisposable, IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS reminders (
            grain_id text COLLATE "C" NOT NULL,
            reminder_name text COLLATE "C" NOT NULL,
            start_at_ticks bigint NOT NULL,
            period_ticks bigint NOT NULL,
            version bigint NOT NULL,
            PRIMARY KEY (grain_id, reminder_name)
        );
        CREATE SEQUENCE IF NOT EXISTS reminder_version;
        """;

    private const string Columns = "grain_id, reminder_name, start_at_ticks, period_ticks, version";
    private const string SelectAllSql = $"SELECT {Columns} FROM reminders ORDER BY grain_id, reminder_name;";
    private const string SelectRowsSql = $"SELECT {Columns} FROM reminders WHERE grain_id = @grain ORDER BY reminder_name;";
    private const string SelectRowSql = $"SELECT {Columns} FROM reminders WHERE grain_id = @grain AND reminder_name = @name;";

    private const string UpsertSql = """
        INSERT INTO reminders (grain_id, reminder_name, start_at_ticks, period_ticks, version)
        VALUES (@grain, @name, @start, @period, nextval('reminder_version'))
        ON CONFLICT (grain_id, reminder_name) DO UPDATE SET
            start_at_ticks = excluded.start_at_ticks, period_ticks = excluded.period_ticks, version = excluded.version
        RETURNING version;
        """;

    private const string DeleteSql = "DELETE FROM reminders WHERE grain_id = @grain AND reminder_name = @name AND version = @version;";

    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresSchema _schema;

    /// <summary>Connects to the database in <paramref name="connectionString"/>; the table is created on first use.</summary>
    public PostgresReminderTable(string connectionString)
    {
        _dataSource = PostgresDataSources.Create(connectionString);
        _schema = new PostgresSchema(_dataSource, Schema);
    }

    public override async Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        await _schema.EnsureCreatedAsync().ConfigureAwait(false);
        await using var command = _dataSource.CreateCommand(SelectAllSql);
        return await ReadEntriesAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<IReadOnlyList<ReminderEntry>> ReadRowsAsync(GrainId grainId, CancellationToken cancellationToken = default)
    {
        await _schema.EnsureCreatedAsync().ConfigureAwait(false);
        await using var command = _dataSource.CreateCommand(SelectRowsSql);
        command.Parameters.AddWithValue("grain", grainId.ToString());
        return await ReadEntriesAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<ReminderEntry?> ReadRowAsync(GrainId grainId, string reminderName, CancellationToken cancellationToken = default)
    {
        await _schema.EnsureCreatedAsync().ConfigureAwait(false);
        await using var command = _dataSource.CreateCommand(SelectRowSql);
        command.Parameters.AddWithValue("grain", grainId.ToString());
        command.Parameters.AddWithValue("name", reminderName);
        return (await ReadEntriesAsync(command, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
    }

    public override async Task<string> UpsertRowAsync(ReminderEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await _schema.EnsureCreatedAsync().ConfigureAwait(false);
        await using var command = _dataSource.CreateCommand(UpsertSql);
        command.Parameters.AddWithValue("grain", entry.GrainId.ToString());
        command.Parameters.AddWithValue("name", entry.ReminderName);
        command.Parameters.AddWithValue("start", entry.StartAt.ToUniversalTime().Ticks);
        command.Parameters.AddWithValue("period", entry.Period.Ticks);
        var version = (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        return version.ToString(CultureInfo.InvariantCulture);
    }

    public override async Task<bool> RemoveRowAsync(GrainId grainId, string reminderName, string eTag, CancellationToken cancellationToken = default)
    {
        if (!long.TryParse(eTag, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return false;
        }
        await _schema.EnsureCreatedAsync().ConfigureAwait(false);
        await using var command = _dataSource.CreateCommand(DeleteSql);
        command.Parameters.AddWithValue("grain", grainId.ToString());
        command.Parameters.AddWithValue("name", reminderName);
        command.Parameters.AddWithValue("version", version);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public override async Task ClearAsync(CancellationToken cancellationToken = default)
    {
        await _schema.EnsureCreatedAsync().ConfigureAwait(false);
        await using var command = _dataSource.CreateCommand("DELETE FROM reminders;");
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();

    private static async Task<IReadOnlyList<ReminderEntry>> ReadEntriesAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<ReminderEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(Entry(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4).ToString(CultureInfo.InvariantCulture)));
        }
        return entries;
    }
}

using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PracticePlatform.Silo.Storage.Sqlite;

/// <summary>
/// Reminder definitions in a SQLite file (usually the grain storage's). ETags come from one counter kept in the
/// file, so an ETag is never reused, not even after a reminder is removed and registered again.
/// </summary>
public sealed class SqliteReminderTable : ReminderStore, IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS reminders (
            grain_id TEXT NOT NULL,
            reminder_name TEXT NOT NULL,
            start_at_ticks INTEGER NOT NULL,
            period_ticks INTEGER NOT NULL,
            version INTEGER NOT NULL,
            PRIMARY KEY (grain_id, reminder_name)
        );
        CREATE TABLE IF NOT EXISTS reminder_version (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            value INTEGER NOT NULL
        );
        INSERT OR IGNORE INTO reminder_version (id, value) VALUES (1, 0);
        """;

    private const string Columns = "grain_id, reminder_name, start_at_ticks, period_ticks, version";
    private const string SelectAllSql = $"SELECT {Columns} FROM reminders ORDER BY grain_id, reminder_name;";
    private const string SelectRowsSql = $"SELECT {Columns} FROM reminders WHERE grain_id = $grain ORDER BY reminder_name;";
    private const string SelectRowSql = $"SELECT {Columns} FROM reminders WHERE grain_id = $grain AND reminder_name = $name;";
    private const string NextVersionSql = "UPDATE reminder_version SET value = value + 1 WHERE id = 1 RETURNING value;";

    private const string UpsertSql = """
        INSERT INTO reminders (grain_id, reminder_name, start_at_ticks, period_ticks, version)
        VALUES ($grain, $name, $start, $period, $version)
        ON CONFLICT (grain_id, reminder_name) DO UPDATE SET
            start_at_ticks = excluded.start_at_ticks, period_ticks = excluded.period_ticks, version = excluded.version;
        """;

    private const string DeleteSql = "DELETE FROM reminders WHERE grain_id = $grain AND reminder_name = $name AND version = $version;";

    private readonly SqliteDatabase _database;

    /// <summary>Opens (on first use: creates) the table in <paramref name="databasePath"/>.</summary>
    public SqliteReminderTable(string databasePath)
    {
        _database = new SqliteDatabase(databasePath, Schema);
    }

    public override Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(_database.Read(session => ReadEntries(session.Command(SelectAllSql))));

    public override Task<IReadOnlyList<ReminderEntry>> ReadRowsAsync(GrainId grainId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_database.Read(session =>
        {
            var command = session.Command(SelectRowsSql);
            command.Parameters.AddWithValue("$grain", grainId.ToString());
            return ReadEntries(command);
        }));

    public override Task<ReminderEntry?> ReadRowAsync(GrainId grainId, string reminderName, CancellationToken cancellationToken = default) =>
        Task.FromResult(_database.Read(session =>
        {
            var command = session.Command(SelectRowSql);
            command.Parameters.AddWithValue("$grain", grainId.ToString());
            command.Parameters.AddWithValue("$name", reminderName);
            return ReadEntries(command).SingleOrDefault();
        }));

    public override Task<string> UpsertRowAsync(ReminderEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return _database.WriteAsync(session =>
        {
            var version = (long)session.Command(NextVersionSql).ExecuteScalar()!;
            var command = session.Command(UpsertSql);
            command.Parameters.AddWithValue("$grain", entry.GrainId.ToString());
            command.Parameters.AddWithValue("$name", entry.ReminderName);
            command.Parameters.AddWithValue("$start", entry.StartAt.ToUniversalTime().Ticks);
            command.Parameters.AddWithValue("$period", entry.Period.Ticks);
            command.Parameters.AddWithValue("$version", version);
            command.ExecuteNonQuery();
            return version.ToString(CultureInfo.InvariantCulture);
        }, cancellationToken);
    }

    public override Task<bool> RemoveRowAsync(GrainId grainId, string reminderName, string eTag, CancellationToken cancellationToken = default)
    {
        if (!long.TryParse(eTag, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return Task.FromResult(false);
        }
        return _database.WriteAsync(session =>
        {
            var command = session.Command(DeleteSql);
            command.Parameters.AddWithValue("$grain", grainId.ToString());
            command.Parameters.AddWithValue("$name", reminderName);
            command.Parameters.AddWithValue("$version", version);
            return command.ExecuteNonQuery() == 1;
        }, cancellationToken);
    }

    public override Task ClearAsync(CancellationToken cancellationToken = default) =>
        _database.WriteAsync(session => session.Command("DELETE FROM reminders;").ExecuteNonQuery(), cancellationToken);

    public void Dispose() => _database.Dispose();

    private static IReadOnlyList<ReminderEntry> ReadEntries(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var entries = new List<ReminderEntry>();
        while (reader.Read())
        {
            entries.Add(Entry(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4).ToString(CultureInfo.InvariantCulture)));
        }
        return entries;
    }
}

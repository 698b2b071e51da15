using System.Globalization;
using Npgsql;

namespace PracticePlatform.Silo.Storage.Postgres;

/// <summary>
/// Moves the reminders an older release kept in its own table (<c>reminders</c>: grain id, name, start and period in
/// ticks, from before the cluster used Orleans's ADO.NET reminders) into <c>orleans_reminders</c> under this
/// service, then drops the old table, in one transaction under the schema lock: a session's scheduled start set
/// before the upgrade still fires after it, and a second silo starting at the same time finds nothing left to move.
/// A reminder already present in the new table (the same grain and name) is kept as it is.
/// </summary>
public static class LegacyReminderImport
{
    /// <summary>Moves the old table's reminders, if there is an old table; answers how many were moved.</summary>
    public static async Task<int> RunAsync(NpgsqlDataSource dataSource, string serviceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@id);", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue("id", PostgresSchema.SchemaLockId);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await using (var exists = new NpgsqlCommand("SELECT to_regclass('reminders') IS NOT NULL;", connection, transaction))
        {
            if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!)
            {
                return 0;
            }
        }
        var rows = new List<(string GrainId, string Name, long StartTicks, long PeriodTicks)>();
        await using (var select = new NpgsqlCommand("SELECT grain_id, reminder_name, start_at_ticks, period_ticks FROM reminders ORDER BY grain_id, reminder_name;", connection, transaction))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3)));
            }
        }
        var moved = 0;
        foreach (var (grainId, name, startTicks, periodTicks) in rows)
        {
            await using var insert = new NpgsqlCommand("""
                INSERT INTO orleans_reminders (service_id, grain_id, reminder_name, start_time, period, grain_hash, version)
                VALUES (@service, @grain, @name, @start, @period, @hash, nextval('orleans_reminder_version'))
                ON CONFLICT (service_id, grain_id, reminder_name) DO NOTHING;
                """, connection, transaction);
            insert.Parameters.AddWithValue("service", serviceId);
            insert.Parameters.AddWithValue("grain", grainId);
            insert.Parameters.AddWithValue("name", name);
            insert.Parameters.AddWithValue("start", new DateTime(startTicks, DateTimeKind.Utc));
            // Orleans keeps the period in whole milliseconds and the grain's uniform hash as a signed integer.
            insert.Parameters.AddWithValue("period", (long)TimeSpan.FromTicks(periodTicks).TotalMilliseconds);
            insert.Parameters.AddWithValue("hash", unchecked((int)GrainId.Parse(grainId, CultureInfo.InvariantCulture).GetUniformHashCode()));
            moved += await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await using (var drop = new NpgsqlCommand("DROP TABLE reminders; DROP SEQUENCE IF EXISTS reminder_version;", connection, transaction))
        {
            await drop.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return moved;
    }
}

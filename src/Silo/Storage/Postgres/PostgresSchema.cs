using System.Collections.Immutable;
using System.Globalization;
using Npgsql;

namespace PracticePlatform.Silo.Storage.Postgres;

/// <summary>
/// The platform's PostgreSQL schema, versioned: numbered migrations (embedded <c>Migrations/NNNN_*.sql</c>) applied
/// in order, each once, recorded in <c>practice_schema</c>. Every silo and frontend runs it at start; they serialize
/// on an advisory lock, so several starting at once apply each migration exactly once. A database whose schema is
/// newer than this build knows is refused, with a message that says so, rather than written to.
/// </summary>
public sealed class PostgresSchema(NpgsqlDataSource dataSource)
{
    /// <summary>The advisory lock every schema change of the platform holds while it runs.</summary>
    internal const long SchemaLockId = 0x5072_6163_7469_6365; // "Practice"

    private readonly Lock _lock = new();
    private Task? _migrated;

    /// <summary>The migrations this build knows, in order; the schema's version is the number of the last applied.</summary>
    public static ImmutableArray<(int Version, string Name, string Sql)> Migrations { get; } = LoadMigrations();

    /// <summary>The newest schema version this build knows.</summary>
    public static int LatestVersion => Migrations[^1].Version;

    /// <summary>Brings the schema up to date once per process; a failed attempt is retried by the next caller.</summary>
    public Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (_migrated is null || _migrated.IsFaulted || _migrated.IsCanceled)
            {
                _migrated = MigrateAsync(cancellationToken);
            }
            return _migrated;
        }
    }

    /// <summary>The schema version the database is at (0: none).</summary>
    public async Task<int> CurrentVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await ReadVersionAsync(connection, null, cancellationToken).ConfigureAwait(false);
    }

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@id);", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue("id", SchemaLockId);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await ExecuteAsync(connection, transaction, """
            CREATE TABLE IF NOT EXISTS practice_schema (
                version integer NOT NULL,
                name text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (version)
            );
            """, cancellationToken).ConfigureAwait(false);
        var current = await ReadVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        if (current > LatestVersion)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL database's schema is at version {current.ToString(CultureInfo.InvariantCulture)}, newer than this build of the platform knows "
                + $"({LatestVersion.ToString(CultureInfo.InvariantCulture)}): a newer release has upgraded it. Run that release (or newer) against this database.");
        }
        foreach (var (version, name, sql) in Migrations.Where(m => m.Version > current))
        {
            await ExecuteAsync(connection, transaction, sql, cancellationToken).ConfigureAwait(false);
            await using var record = new NpgsqlCommand("INSERT INTO practice_schema (version, name) VALUES (@version, @name);", connection, transaction);
            record.Parameters.AddWithValue("version", version);
            record.Parameters.AddWithValue("name", name);
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> ReadVersionAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT CASE WHEN to_regclass('practice_schema') IS NULL THEN 0 ELSE (SELECT COALESCE(max(version), 0) FROM practice_schema) END;",
            connection,
            transaction);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
#pragma warning disable CA2100 // The build's own embedded migrations, no input.
        await using var command = new NpgsqlCommand(sql, connection, transaction);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static ImmutableArray<(int Version, string Name, string Sql)> LoadMigrations()
    {
        var assembly = typeof(PostgresSchema).Assembly;
        const string prefix = "PracticePlatform.Silo.Storage.Postgres.Migrations.";
        var migrations = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(resource =>
            {
                var name = resource[prefix.Length..^".sql".Length];
                using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
                return (Version: int.Parse(name[..4], CultureInfo.InvariantCulture), Name: name, Sql: reader.ReadToEnd());
            })
            .OrderBy(m => m.Version)
            .ToImmutableArray();
        if (migrations.IsEmpty || migrations.Select((m, i) => m.Version != i + 1).Any(gap => gap))
        {
            throw new InvalidOperationException("The embedded PostgreSQL migrations must be numbered 0001, 0002, ... without gaps.");
        }
        return migrations;
    }
}

using Microsoft.Extensions.Configuration;
using Npgsql;
using PracticePlatform.Silo.Hosting;
using PracticePlatform.Silo.Storage.Postgres;

namespace PracticePlatform.Silo.Security;

/// <summary>
/// The bootstrap admin token: from <c>PRACTICE_ADMIN_TOKEN</c>, or generated on first start. Only its hash is kept:
/// on a single node in the data folder, in a cluster in PostgreSQL (written once by the first frontend to start, so
/// every frontend accepts the same token). A generated token is printed once. A silo only reads it (to let the
/// admin read its metrics): it never makes one.
/// </summary>
public sealed class AdminToken(SiloOptions silo, IConfiguration configuration)
{
    private const string SecretName = "admin-token-sha256";

    private string? _hash;

    /// <summary>Where the hash is kept, for the log.</summary>
    public string HashLocation => silo.IsCluster ? $"PostgreSQL (practice_secrets, {SecretName})" : HashFile;

    public string HashFile => Path.Combine(silo.DataFolder, "admin-token.sha256");

    /// <summary>Makes sure an admin token exists; returns the token when it was just generated (to print once).</summary>
    public async Task<string?> EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        if (configuration["PRACTICE_ADMIN_TOKEN"] is { Length: > 0 } configured)
        {
            _hash = TokenHash.Of(configured);
            return null;
        }
        return silo.IsCluster ? await EnsureCreatedInPostgresAsync(cancellationToken) : EnsureCreatedInFile();
    }

    public bool Matches(string token) => _hash is { } hash && TokenHash.Matches(token, hash);

    /// <summary>
    /// Whether <paramref name="token"/> is the admin token, reading the kept hash first if this process has not
    /// (a silo: the frontend that made the token may have started after it). Never creates a token.
    /// </summary>
    public async Task<bool> MatchesKeptAsync(string token, CancellationToken cancellationToken = default)
    {
        if (_hash is null)
        {
            _hash = configuration["PRACTICE_ADMIN_TOKEN"] is { Length: > 0 } configured
                ? TokenHash.Of(configured)
                : silo.IsCluster ? await ReadFromPostgresAsync(cancellationToken) : File.Exists(HashFile) ? (await File.ReadAllTextAsync(HashFile, cancellationToken)).Trim() : null;
        }
        return Matches(token);
    }

    private string? EnsureCreatedInFile()
    {
        if (File.Exists(HashFile))
        {
            _hash = File.ReadAllText(HashFile).Trim();
            return null;
        }
        Directory.CreateDirectory(silo.DataFolder);
        var token = TokenHash.NewToken();
        var temporary = HashFile + ".tmp";
        File.WriteAllText(temporary, TokenHash.Of(token));
        File.Move(temporary, HashFile, overwrite: true);
        _hash = TokenHash.Of(token);
        return token;
    }

    private async Task<string?> ReadFromPostgresAsync(CancellationToken cancellationToken)
    {
        await using var dataSource = NpgsqlDataSource.Create(silo.RequirePostgres());
        await using var command = dataSource.CreateCommand("SELECT value FROM practice_secrets WHERE name = @name;");
        command.Parameters.AddWithValue("name", SecretName);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>Frontends starting together race to insert; the one whose insert lands prints its token, the others read it.</summary>
    private async Task<string?> EnsureCreatedInPostgresAsync(CancellationToken cancellationToken)
    {
        await using var dataSource = NpgsqlDataSource.Create(silo.RequirePostgres());
        await new PostgresSchema(dataSource).EnsureCreatedAsync(cancellationToken);
        var token = TokenHash.NewToken();
        await using var command = dataSource.CreateCommand("""
            WITH created AS (
                INSERT INTO practice_secrets (name, value) VALUES (@name, @value) ON CONFLICT DO NOTHING RETURNING value)
            SELECT value, true FROM created
            UNION ALL
            SELECT value, false FROM practice_secrets WHERE name = @name AND NOT EXISTS (SELECT 1 FROM created);
            """);
        command.Parameters.AddWithValue("name", SecretName);
        command.Parameters.AddWithValue("value", TokenHash.Of(token));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        _hash = reader.GetString(0);
        return reader.GetBoolean(1) ? token : null;
    }
}

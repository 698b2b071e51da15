using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Xunit;

namespace PracticePlatform.Testing;

/// <summary>
/// A throwaway PostgreSQL server started from the machine's packages: a fresh cluster in a temp folder, listening
/// on a free loopback port, deleted on dispose. Use it as a collection fixture so that one server serves a whole
/// test collection; <see cref="CreateDatabaseAsync"/> gives each test class a database of its own.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string SuperUser = "practice";
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);
    private static int s_databaseCount;

    private string? _root;
    private string? _binaries;
    private string? _asUser;
    private bool _started;

    /// <summary>The loopback port the server listens on.</summary>
    public int Port { get; private set; }

    /// <summary>Connects to the <c>postgres</c> database as the superuser.</summary>
    public string ConnectionString => ConnectionStringFor("postgres");

    /// <summary>The one role that signs in with a password (scram-sha-256) rather than being trusted; tests create it.</summary>
    public const string PasswordRole = "practice_password";

    public async Task InitializeAsync()
    {
        _binaries = FindBinaries();
        _root = Directory.CreateTempSubdirectory("practice-postgres-").FullName;
        var data = Path.Combine(_root, "data");
        var sockets = Path.Combine(_root, "sockets");
        Directory.CreateDirectory(sockets);
        // PostgreSQL refuses to run as root: then the cluster belongs to the postgres account.
        var asUser = _asUser = Environment.UserName == "root" ? "postgres" : null;
        if (asUser is not null)
        {
            await RunAsync("chown", ["-R", $"{asUser}:", _root], null, "chown of the temp cluster folder").ConfigureAwait(false);
        }
        await RunAsync(Tool("initdb"), ["-D", data, "-U", SuperUser, "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync", "--no-instructions"], asUser, "initdb")
            .ConfigureAwait(false);
        // Every role is trusted except PasswordRole, which must give its password: for tests of a wrong one.
        var hba = Path.Combine(data, "pg_hba.conf");
        await File.WriteAllTextAsync(hba, $"host all {PasswordRole} 127.0.0.1/32 scram-sha-256\n" + await File.ReadAllTextAsync(hba).ConfigureAwait(false)).ConfigureAwait(false);

        Port = FreePort();
        var options = string.Join(' ',
            "-c listen_addresses=127.0.0.1",
            $"-c port={Port.ToString(CultureInfo.InvariantCulture)}",
            $"-c unix_socket_directories={sockets}",
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off",
            "-c max_connections=200");
        var log = Path.Combine(_root, "server.log");
        try
        {
            await RunAsync(Tool("pg_ctl"), ["-D", data, "-l", log, "-o", options, "-w", "-t", "60", "start"], asUser, "pg_ctl start")
                .ConfigureAwait(false);
        }
        catch (Exception exception) when (File.Exists(log))
        {
            throw new InvalidOperationException($"PostgreSQL did not start; server log:\n{await File.ReadAllTextAsync(log).ConfigureAwait(false)}", exception);
        }
        _started = true;
    }

    /// <summary>Creates an empty database and returns a connection string for it.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"test_{Interlocked.Increment(ref s_databaseCount).ToString(CultureInfo.InvariantCulture)}";
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync().ConfigureAwait(false);
#pragma warning disable CA2100 // The name is made here from a counter.
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name};", connection);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        return ConnectionStringFor(name);
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_started)
        {
            await RunAsync(Tool("pg_ctl"), ["-D", Path.Combine(_root!, "data"), "-m", "immediate", "-w", "-t", "60", "stop"], _asUser, "pg_ctl stop")
                .ConfigureAwait(false);
        }
        if (_root is not null)
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Database = database,
    }.ToString();

    private string Tool(string name) => _binaries is null ? name : Path.Combine(_binaries, name);

    /// <summary>
    /// The folder of the newest Debian-packaged PostgreSQL (under /usr/lib/postgresql), or null to use the PATH.
    /// </summary>
    private static string? FindBinaries()
    {
        const string debianRoot = "/usr/lib/postgresql";
        var packaged = Directory.Exists(debianRoot)
            ? Directory.GetDirectories(debianRoot)
                .Select(folder => Path.Combine(folder, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
        if (packaged is not null)
        {
            return packaged;
        }
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl")));
        return onPath
            ? null
            : throw new InvalidOperationException(
                "PostgreSQL server binaries (initdb, pg_ctl) were found neither under /usr/lib/postgresql/*/bin nor on the PATH. "
                + "Install them (Debian: apt-get install postgresql), or run scripts/test.sh, which installs them.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string fileName, IReadOnlyList<string> arguments, string? asUser, string what)
    {
        var start = new ProcessStartInfo
        {
            FileName = asUser is null ? fileName : "runuser",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asUser is not null)
        {
            foreach (var argument in new[] { "-u", asUser, "--", fileName })
            {
                start.ArgumentList.Add(argument);
            }
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {what} ({fileName}).");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(CommandTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"Timed out after {CommandTimeout.TotalSeconds:0} s waiting for {what} to finish.");
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{what} failed with exit code {process.ExitCode}:\n{await output.ConfigureAwait(false)}\n{await error.ConfigureAwait(false)}");
        }
    }
}

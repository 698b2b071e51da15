using System.Net;
using System.Net.Sockets;
using Npgsql;
using PracticePlatform.Testing;

namespace PracticePlatform.Api.Tests.Cluster;

/// <summary>
/// Cluster processes started wrongly stop with one line that names the problem, and a non-zero exit, instead of a
/// stack trace or a process that runs without working.
/// </summary>
[Collection(SiloClusterCollection.Name)]
public sealed class BadClusterConfigurationTests(SiloCluster cluster) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("practice-bad-config-").FullName;

    [Fact]
    public async Task AnUnknownRole_IsRefused()
    {
        var (exitCode, error) = await RunAsync("PracticePlatform.Api.dll", new() { ["PRACTICE_ROLE"] = "gateway" });

        AssertOneLine(exitCode, error, "PRACTICE_ROLE must be 'all'");
    }

    [Fact]
    public async Task AFrontend_WithoutClusterStorage_IsRefused()
    {
        var (exitCode, error) = await RunAsync("PracticePlatform.Api.dll", new() { ["PRACTICE_ROLE"] = "frontend" });

        AssertOneLine(exitCode, error, "PRACTICE_ROLE=frontend needs a cluster");
    }

    [Fact]
    public async Task AnUnreachablePostgres_IsRetriedABoundedTime_ThenRefused()
    {
        using var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();

        var (exitCode, error) = await RunAsync("PracticePlatform.Silo.dll", new()
        {
            ["PRACTICE_STORAGE"] = "postgres",
            ["PRACTICE_POSTGRES"] = $"Host=127.0.0.1;Port={port};Database=practice;Username=practice;Timeout=2",
            ["Practice__PostgresStartAttempts"] = "2",
        });

        AssertOneLine(exitCode, error, $"PostgreSQL at 127.0.0.1:{port}/practice did not answer after 2 attempts");
    }

    [Fact]
    public async Task AWrongPassword_IsRefusedAtOnce()
    {
        var builder = new NpgsqlConnectionStringBuilder(cluster.Database);
        await using (var admin = NpgsqlDataSource.Create(builder.ConnectionString))
        {
            await using var role = admin.CreateCommand(
                $"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{PostgresServer.PasswordRole}') THEN CREATE ROLE {PostgresServer.PasswordRole} LOGIN PASSWORD 'the-right-one'; END IF; END $$;");
            await role.ExecuteNonQueryAsync();
        }
        builder.Username = PostgresServer.PasswordRole;
        builder.Password = "a-wrong-one";

        var (exitCode, error) = await RunAsync("PracticePlatform.Silo.dll", new()
        {
            ["PRACTICE_STORAGE"] = "postgres",
            ["PRACTICE_POSTGRES"] = builder.ConnectionString,
            // Refused at the first attempt: a wrong password is not worth waiting for.
            ["Practice__PostgresStartAttempts"] = "30",
        });

        AssertOneLine(exitCode, error, $"refused the platform: password authentication failed for user \"{PostgresServer.PasswordRole}\". Check PRACTICE_POSTGRES.");
        Assert.DoesNotContain("a-wrong-one", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADatabaseUpgradedByANewerRelease_IsRefused()
    {
        var builder = new NpgsqlConnectionStringBuilder(cluster.Database) { Database = "postgres" };
        await using (var admin = NpgsqlDataSource.Create(builder.ConnectionString))
        {
            await using var create = admin.CreateCommand("CREATE DATABASE newer_schema;");
            await create.ExecuteNonQueryAsync();
        }
        builder.Database = "newer_schema";
        await using (var newer = NpgsqlDataSource.Create(builder.ConnectionString))
        {
            await using var future = newer.CreateCommand(
                "CREATE TABLE practice_schema (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now()); INSERT INTO practice_schema VALUES (999, '0999_from_the_future');");
            await future.ExecuteNonQueryAsync();
        }

        var (exitCode, error) = await RunAsync("PracticePlatform.Silo.dll", new()
        {
            ["PRACTICE_STORAGE"] = "postgres",
            ["PRACTICE_POSTGRES"] = builder.ConnectionString,
        });

        AssertOneLine(exitCode, error, "schema is at version 999, newer than this build of the platform knows");
    }

    [Fact]
    public async Task ASiloPortInUse_IsRefused()
    {
        using var taken = new TcpListener(IPAddress.Any, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (exitCode, error) = await RunAsync("PracticePlatform.Silo.dll", new()
        {
            ["PRACTICE_STORAGE"] = "postgres",
            ["PRACTICE_POSTGRES"] = cluster.Database,
            ["PRACTICE_CLUSTER_ID"] = $"port-in-use-{Guid.NewGuid():N}",
            ["PRACTICE_ADVERTISED_IP"] = "127.0.0.1",
            ["PRACTICE_SILO_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PRACTICE_GATEWAY_PORT"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        AssertOneLine(exitCode, error, "in use");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Task<(int ExitCode, string Error)> RunAsync(string assembly, Dictionary<string, string> environment) =>
        PlatformProcess.RunToExitAsync(assembly, _folder, environment, FreePort());

    private static void AssertOneLine(int exitCode, string error, string expected)
    {
        Assert.NotEqual(0, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), l => l.StartsWith("practice: could not start:", StringComparison.Ordinal));
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

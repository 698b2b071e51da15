using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace PracticePlatform.Silo.Hosting;

/// <summary>
/// Where a silo keeps its data and how it is reached. Read from configuration section <c>Practice</c>, and from the
/// environment variables <c>PRACTICE_DATA</c>, <c>PRACTICE_STORAGE</c>, <c>PRACTICE_POSTGRES</c>,
/// <c>PRACTICE_SILO_PORT</c>, <c>PRACTICE_GATEWAY_PORT</c>, <c>PRACTICE_ADVERTISED_IP</c>, <c>PRACTICE_CLUSTER_ID</c>
/// and <c>PRACTICE_SERVICE_ID</c>. With <c>postgres</c> storage the silos form a cluster whose membership, reminders
/// and state live in PostgreSQL; otherwise one silo clusters with itself on loopback.
/// </summary>
public sealed class SiloOptions
{
    /// <summary>The data folder (SQLite file, bootstrap secrets). Default: <c>data</c> under the working directory.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>The storage provider: <c>sqlite</c> (embedded, the default), <c>postgres</c> (cluster) or <c>memory</c> (tests).</summary>
    public string Storage { get; set; } = "sqlite";

    /// <summary>The PostgreSQL connection string, when <see cref="Storage"/> is <c>postgres</c>.</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>The port for silo-to-silo traffic; unset means 11111 in a cluster and any free loopback port on a single node.</summary>
    public int? SiloPort { get; set; }

    /// <summary>The port Orleans clients connect to; unset means 30000 in a cluster and any free loopback port on a single node.</summary>
    public int? GatewayPort { get; set; }

    /// <summary>The address a cluster silo advertises to the others; unset means the first non-loopback IPv4 address, or 127.0.0.1.</summary>
    public string? AdvertisedIp { get; set; }

    /// <summary>The Orleans cluster id (default <c>practice</c>).</summary>
    public string ClusterId { get; set; } = "practice";

    /// <summary>The Orleans service id (default <c>practice-platform</c>), which keys stored state and reminders.</summary>
    public string ServiceId { get; set; } = "practice-platform";

    /// <summary>Whether the silo clusters with itself only (false when a test cluster or another host configures clustering).</summary>
    public bool UseLocalhostClustering { get; set; } = true;

    /// <summary>How many times a cluster process tries an unreachable PostgreSQL at start, 2 s apart, before it gives up (default 30, about a minute).</summary>
    public int PostgresStartAttempts { get; set; } = 30;

    /// <summary>Whether the silos form a cluster over PostgreSQL (membership, reminders and state shared there).</summary>
    public bool IsCluster => string.Equals(Storage, "postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// How many connections each of a process's PostgreSQL pools may hold (grain state; membership and reminders)
    /// when the connection string does not say (<c>Maximum Pool Size</c>): Npgsql's own default of 100 per pool lets
    /// three silos under load ask for more than PostgreSQL's default 100 connections, and an activation refused a
    /// connection fails where one waiting for a pooled connection only waits.
    /// </summary>
    public const int DefaultPostgresPoolSize = 16;

    /// <summary>
    /// The PostgreSQL connection string, with <see cref="DefaultPostgresPoolSize"/> as its pool limit unless it sets
    /// one; or a clear error when cluster storage has none.
    /// </summary>
    public string RequirePostgres()
    {
        if (PostgresConnectionString is not { Length: > 0 } connectionString)
        {
            throw new InvalidOperationException("Storage is 'postgres' but no connection string is set (PRACTICE_POSTGRES or Practice:PostgresConnectionString).");
        }
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var setsPoolSize = given.Keys.Cast<string>().Any(key =>
            key.Replace(" ", "", StringComparison.Ordinal).Equals("MaximumPoolSize", StringComparison.OrdinalIgnoreCase)
            || key.Replace(" ", "", StringComparison.Ordinal).Equals("MaxPoolSize", StringComparison.OrdinalIgnoreCase));
        return setsPoolSize
            ? connectionString
            : $"{connectionString.TrimEnd().TrimEnd(';')};Maximum Pool Size={DefaultPostgresPoolSize.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    /// <summary>The SQLite database file inside the data folder.</summary>
    public string SqlitePath => Path.Combine(DataFolder, "practice.db");

    /// <summary>The options in <paramref name="configuration"/>: section <c>Practice</c>, overridden by <c>PRACTICE_*</c> variables.</summary>
    public static SiloOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new SiloOptions();
        configuration.GetSection("Practice").Bind(options);
        options.DataFolder = configuration["PRACTICE_DATA"] is { Length: > 0 } data ? data : options.DataFolder;
        options.Storage = configuration["PRACTICE_STORAGE"] is { Length: > 0 } storage ? storage : options.Storage;
        options.PostgresConnectionString = configuration["PRACTICE_POSTGRES"] is { Length: > 0 } postgres ? postgres : options.PostgresConnectionString;
        options.SiloPort = Port(configuration, "PRACTICE_SILO_PORT") ?? options.SiloPort;
        options.GatewayPort = Port(configuration, "PRACTICE_GATEWAY_PORT") ?? options.GatewayPort;
        options.AdvertisedIp = configuration["PRACTICE_ADVERTISED_IP"] is { Length: > 0 } advertised ? advertised : options.AdvertisedIp;
        options.ClusterId = configuration["PRACTICE_CLUSTER_ID"] is { Length: > 0 } cluster ? cluster : options.ClusterId;
        options.ServiceId = configuration["PRACTICE_SERVICE_ID"] is { Length: > 0 } service ? service : options.ServiceId;
        return options;
    }

    private static int? Port(IConfiguration configuration, string key) => configuration[key] is { Length: > 0 } text
        ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536
            ? port
            : throw new InvalidOperationException($"{key} must be a port number between 1 and 65535, not '{text}'.")
        : null;
}

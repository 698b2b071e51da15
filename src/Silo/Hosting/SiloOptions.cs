namespace PracticePlatform.Silo.Hosting;

/// <summary>
/// Where a silo keeps its data. Read from configuration section <c>Practice</c>, and from the environment variables
/// <c>PRACTICE_DATA</c>, <c>PRACTICE_STORAGE</c> and <c>PRACTICE_POSTGRES</c>.
/// </summary>
public sealed class SiloOptions
{
    /// <summary>The data folder (SQLite file, bootstrap secrets). Default: <c>data</c> under the working directory.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>The storage provider: <c>sqlite</c> (embedded, the default), <c>postgres</c> (cluster) or <c>memory</c> (tests).</summary>
    public string Storage { get; set; } = "sqlite";

    /// <summary>The PostgreSQL connection string, when <see cref="Storage"/> is <c>postgres</c>.</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>The SQLite database file inside the data folder.</summary>
    public string SqlitePath => Path.Combine(DataFolder, "practice.db");
}

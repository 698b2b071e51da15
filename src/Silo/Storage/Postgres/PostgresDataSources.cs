using Npgsql;

namespace PracticePlatform.Silo.Storage.Postgres;

internal static class PostgresDataSources
{
    /// <summary>A data source that prepares the providers' few statements automatically.</summary>
    public static NpgsqlDataSource Create(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0)
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = 16;
        }
        return builder.Build();
    }
}

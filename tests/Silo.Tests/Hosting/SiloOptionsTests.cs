using Microsoft.Extensions.Configuration;
using Npgsql;
using PracticePlatform.Silo.Hosting;

namespace PracticePlatform.Silo.Tests.Hosting;

public sealed class SiloOptionsTests
{
    [Fact]
    public void A_connection_string_without_a_pool_limit_gets_the_platforms()
    {
        var options = Read("Host=db.internal;Database=practice;Username=practice;");

        var builder = new NpgsqlConnectionStringBuilder(options.RequirePostgres());

        Assert.Equal(SiloOptions.DefaultPostgresPoolSize, builder.MaxPoolSize);
        Assert.Equal("db.internal", builder.Host);
    }

    [Theory]
    [InlineData("Host=db;Database=practice;Maximum Pool Size=40")]
    [InlineData("Host=db;Database=practice;maximum pool size=40")]
    public void A_pool_limit_the_operator_set_is_kept(string connectionString)
    {
        Assert.Equal(40, new NpgsqlConnectionStringBuilder(Read(connectionString).RequirePostgres()).MaxPoolSize);
    }

    [Fact]
    public void Cluster_storage_without_a_connection_string_names_the_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Read(null).RequirePostgres());

        Assert.Contains("PRACTICE_POSTGRES", error.Message, StringComparison.Ordinal);
    }

    private static SiloOptions Read(string? connectionString) =>
        SiloOptions.Read(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PRACTICE_STORAGE"] = "postgres",
            ["PRACTICE_POSTGRES"] = connectionString,
        }).Build());
}

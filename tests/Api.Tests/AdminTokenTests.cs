using Microsoft.Extensions.Configuration;
using PracticePlatform.Silo.Hosting;
using PracticePlatform.Silo.Security;
using PracticePlatform.Testing;

namespace PracticePlatform.Api.Tests;

public sealed class AdminTokenTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("practice-token-").FullName;

    [Fact]
    public async Task FirstStart_GeneratesATokenOnce_AndStoresOnlyItsHash()
    {
        var token = (await NewAdminToken().EnsureCreatedAsync());

        Assert.NotNull(token);
        var stored = File.ReadAllText(Path.Combine(_folder, "admin-token.sha256"));
        Assert.DoesNotContain(token, stored, StringComparison.Ordinal);
        Assert.Equal(TokenHash.Of(token), stored);
    }

    [Fact]
    public async Task NextStart_ReusesTheStoredHash_AndPrintsNothing()
    {
        var token = (await NewAdminToken().EnsureCreatedAsync())!;

        var again = NewAdminToken();

        Assert.Null(await again.EnsureCreatedAsync());
        Assert.True(again.Matches(token));
        Assert.False(again.Matches(token + "x"));
    }

    [Fact]
    public async Task ConfiguredToken_WinsAndIsNotWritten()
    {
        var configured = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["PRACTICE_ADMIN_TOKEN"] = "from-env" }).Build();
        var adminToken = new AdminToken(new SiloOptions { DataFolder = _folder }, configured);

        Assert.Null(await adminToken.EnsureCreatedAsync());
        Assert.True(adminToken.Matches("from-env"));
        Assert.False(File.Exists(adminToken.HashFile));
    }

    [Fact]
    public async Task InACluster_TheFirstFrontendGeneratesTheToken_AndEveryOtherAcceptsIt_WithOnlyTheHashInPostgres()
    {
        var options = new SiloOptions { DataFolder = _folder, Storage = "postgres", PostgresConnectionString = await postgres.CreateDatabaseAsync() };
        var first = new AdminToken(options, new ConfigurationBuilder().Build());
        var second = new AdminToken(options, new ConfigurationBuilder().Build());

        var tokens = await Task.WhenAll(first.EnsureCreatedAsync(), second.EnsureCreatedAsync());

        var token = Assert.Single(tokens, t => t is not null)!;
        Assert.True(first.Matches(token));
        Assert.True(second.Matches(token));
        Assert.False(second.Matches(token + "x"));
        Assert.False(File.Exists(first.HashFile));
        await using var dataSource = Npgsql.NpgsqlDataSource.Create(options.PostgresConnectionString);
        await using var read = dataSource.CreateCommand("SELECT value FROM practice_secrets;");
        Assert.Equal(TokenHash.Of(token), await read.ExecuteScalarAsync());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private AdminToken NewAdminToken() =>
        new(new SiloOptions { DataFolder = _folder }, new ConfigurationBuilder().Build());
}

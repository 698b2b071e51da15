using Microsoft.Extensions.Configuration;
using PracticePlatform.Api.Security;
using PracticePlatform.Silo.Hosting;

namespace PracticePlatform.Api.Tests;

public sealed class AdminTokenTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("practice-token-").FullName;

    [Fact]
    public void FirstStart_GeneratesATokenOnce_AndStoresOnlyItsHash()
    {
        var token = NewAdminToken().EnsureCreated();

        Assert.NotNull(token);
        var stored = File.ReadAllText(Path.Combine(_folder, "admin-token.sha256"));
        Assert.DoesNotContain(token, stored, StringComparison.Ordinal);
        Assert.Equal(TokenHash.Of(token), stored);
    }

    [Fact]
    public void NextStart_ReusesTheStoredHash_AndPrintsNothing()
    {
        var token = NewAdminToken().EnsureCreated()!;

        var again = NewAdminToken();

        Assert.Null(again.EnsureCreated());
        Assert.True(again.Matches(token));
        Assert.False(again.Matches(token + "x"));
    }

    [Fact]
    public void ConfiguredToken_WinsAndIsNotWritten()
    {
        var configured = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["PRACTICE_ADMIN_TOKEN"] = "from-env" }).Build();
        var adminToken = new AdminToken(new SiloOptions { DataFolder = _folder }, configured);

        Assert.Null(adminToken.EnsureCreated());
        Assert.True(adminToken.Matches("from-env"));
        Assert.False(File.Exists(adminToken.HashFile));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private AdminToken NewAdminToken() =>
        new(new SiloOptions { DataFolder = _folder }, new ConfigurationBuilder().Build());
}

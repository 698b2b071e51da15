using PracticePlatform.Cli.Input;
using PracticePlatform.Cli.Remote;

namespace PracticePlatform.Cli.Tests.Remote;

public sealed class ServerConnectionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("practice-connection-").FullName;

    [Fact]
    public void Nothing_Given_MeansTheLocalDefault_AndTheTokenFromTheEnvironment()
    {
        var connection = ServerConnection.Resolve(null, null, Environment(token: " env-token\n"));

        Assert.Equal(new Uri("http://localhost:5080/"), connection.Server);
        Assert.Equal("env-token", connection.Token);
    }

    [Fact]
    public void WhatIsTyped_BeatsWhatIsInTheEnvironment()
    {
        var file = TokenFile("file-token\n");

        var connection = ServerConnection.Resolve("https://practice.example.test/platform", file, Environment("http://env.example.test", "env-token"));

        Assert.Equal(new Uri("https://practice.example.test/platform/"), connection.Server);
        Assert.Equal("file-token", connection.Token);
    }

    [Fact]
    public void TheServerVariable_IsUsedWithoutAnOption()
    {
        var connection = ServerConnection.Resolve(null, TokenFile("t"), Environment(server: "http://env.example.test:9000"));

        Assert.Equal(new Uri("http://env.example.test:9000/"), connection.Server);
    }

    [Theory]
    [InlineData("ftp://example.test")]
    [InlineData("localhost:5080")]
    [InlineData("not a url")]
    public void ANonHttpServer_IsAUsageError(string server)
    {
        var e = Assert.Throws<UsageException>(() => ServerConnection.Resolve(server, TokenFile("t"), Environment()));

        Assert.Contains(server, e.Message);
    }

    [Fact]
    public void NoTokenAnywhere_SaysWhereOneGoes()
    {
        var e = Assert.Throws<UsageException>(() => ServerConnection.Resolve(null, null, Environment()));

        Assert.Contains(ServerConnection.TokenSources, e.Message);
    }

    [Fact]
    public void ATokenVariableNamingAFile_IsAUsageError_PointingToTheTokenFileOption()
    {
        var file = TokenFile("file-token\n");

        var e = Assert.Throws<UsageException>(() => ServerConnection.Resolve(null, null, Environment(token: file)));

        Assert.Contains("holds the token itself", e.Message);
        Assert.Contains($"--token-file '{file}'", e.Message);
    }

    [Fact]
    public void AnEmptyTokenFile_IsAUsageError()
    {
        var file = TokenFile("  \n");

        var e = Assert.Throws<UsageException>(() => ServerConnection.Resolve(null, file, Environment(token: "env-token")));

        Assert.Contains("empty", e.Message);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Func<string, string?> Environment(string? server = null, string? token = null) => name => name switch
    {
        ServerConnection.ServerVariable => server,
        ServerConnection.TokenVariable => token,
        _ => null,
    };

    private string TokenFile(string content)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.token");
        File.WriteAllText(path, content);
        return path;
    }
}

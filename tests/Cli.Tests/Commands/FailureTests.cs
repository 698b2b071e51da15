using PracticePlatform.Cli.Remote;
using PracticePlatform.Testing;

namespace PracticePlatform.Cli.Tests.Commands;

/// <summary>Every failure is one `practice:` line on stderr and an exit code that says whose it was; never a stack trace.</summary>
[Collection(PlatformCollection.Name)]
public sealed class FailureTests(PlatformHost host)
{
    [Fact]
    public async Task Pause_BeforeStart_PrintsTheProblemsDetailOnOneLine_AndExits1()
    {
        var (ines, _, id) = await DraftSession.CreateAsync(host, "pause");

        var run = await ines.RunAsync("session", "pause", id);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("practice: 409 Not allowed in the session's state: Cannot pause while the session is Draft", line);
    }

    [Fact]
    public async Task Inject_ByAResponder_IsRefusedWithExit1()
    {
        var (ines, rui, id) = await DraftSession.CreateAsync(host, "inject");
        await ines.RunAsync("session", "start", id);

        var run = await rui.RunAsync("session", "inject", id, "webapi-crash");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("practice: 403 Not allowed for this participant: ", line);
        Assert.Contains("rui-inject", line);
    }

    [Fact]
    public async Task UnknownSession_Is404WithExit1()
    {
        var (ines, _, _) = await DraftSession.CreateAsync(host, "unknown");

        var run = await ines.RunAsync("session", "show", Guid.NewGuid().ToString());

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("practice: 404 Not found", Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData("speed", "{id}", "fast")]
    [InlineData("add", "{id}", "{person}")]
    [InlineData("add", "{id}", "{person}", "--role", "boss")]
    [InlineData("show", "not-an-id")]
    [InlineData("assess", "{id}", "--start", "0", "--end", "3", "--share", "get-object", "--root-cause", "x", "--summary", "y")]
    [InlineData("say", "{id}", "hello", "--hint", "--pointer")]
    [InlineData("frobnicate", "{id}")]
    public async Task UsageError_Exits2_WithOneLine(params string[] words)
    {
        var (ines, rui, id) = await DraftSession.CreateAsync(host, "usage");
        var args = words.Select(w => w.Replace("{id}", id, StringComparison.Ordinal).Replace("{person}", rui.Id, StringComparison.Ordinal));

        var run = await ines.RunAsync(["session", .. args]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal("", run.Output);
        Assert.StartsWith("practice: ", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task UnreachableServer_Exits3_NamingTheUrl()
    {
        var url = $"http://127.0.0.1:{ClosedPort.Find()}/";
        var tokenFile = Terminal.Admin(host).TokenFile;

        var run = await CliRun.OfAsync(["session", "--server", url, "--token-file", tokenFile, "list"]);

        Assert.Equal(3, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"practice: cannot reach the server at {url}", line);
    }

    [Fact]
    public async Task AToken_TheServerDoesNotKnow_Exits1_WithAHintWhereTokensComeFrom()
    {
        var stranger = Terminal.Of(host, "stranger", "not-a-real-token", personId: null);

        var run = await stranger.RunAsync("session", "list");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("practice: 401", line);
        Assert.Contains(ServerConnection.TokenSources, line);
    }

    [Fact]
    public async Task AMissingTokenFile_Exits2()
    {
        var run = await CliRun.OfAsync(["whoami", "--server", host.Address.ToString(), "--token-file", Path.Combine(host.ClientFolder, "nobody.token")]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nobody.token", Assert.Single(run.ErrorLines));
    }
}

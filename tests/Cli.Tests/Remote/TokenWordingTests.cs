using PracticePlatform.Cli.Remote;
using PracticePlatform.Testing;

namespace PracticePlatform.Cli.Tests.Remote;

/// <summary>
/// <c>PRACTICE_TOKEN</c> holds the token itself and <c>--token-file</c> names a file: the help, the README and the API
/// docs say so in the same words (<see cref="ServerConnection.TokenSources"/>), so nobody puts a path in the variable.
/// The error messages' wording is checked where they are raised.
/// </summary>
public sealed class TokenWordingTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("session", "--help")]
    [InlineData("session", "list", "--help")]
    public async Task Help_SaysWhereTheTokenComesFrom_InTheSharedWords(params string[] args)
    {
        var run = await CliRun.OfAsync(args);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(ServerConnection.TokenSources, OneLine(run.Output));
        Assert.DoesNotContain("default: $PRACTICE_TOKEN", run.Output);
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("docs", "api.md")]
    public void Docs_SayWhereTheTokenComesFrom_InTheSharedWords(params string[] path)
    {
        var text = File.ReadAllText(RepositoryRoot.Combine(path)).Replace("`", "", StringComparison.Ordinal);

        Assert.Contains(ServerConnection.TokenSources, OneLine(text));
    }

    /// <summary>Help and Markdown wrap their lines: words count, not where a line breaks.</summary>
    private static string OneLine(string text) => string.Join(' ', text.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
}

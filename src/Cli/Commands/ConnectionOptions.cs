using System.CommandLine;
using PracticePlatform.Cli.Remote;

namespace PracticePlatform.Cli.Commands;

/// <summary>
/// <c>--server</c> and <c>--token-file</c>, given once on a command group (<c>practice session --server ...</c>) or
/// on any of its commands. There is deliberately no <c>--token</c>: a token typed on a command line is kept in
/// shell history and shown in process listings.
/// </summary>
public sealed class ConnectionOptions
{
    public Option<string?> Server { get; } = new("--server")
    {
        Description = $"The platform's URL (default: ${ServerConnection.ServerVariable}, else {ServerConnection.DefaultServer}).",
        HelpName = "url",
        Recursive = true,
    };

    public Option<string?> TokenFile { get; } = new("--token-file")
    {
        Description = $"Your API token comes from {ServerConnection.TokenSources}. Never from the command line, where it would land in shell history.",
        HelpName = "path",
        Recursive = true,
    };

    /// <summary>Adds both options to <paramref name="command"/>, from where its subcommands inherit them.</summary>
    public T AddTo<T>(T command)
        where T : Command
    {
        command.Options.Add(Server);
        command.Options.Add(TokenFile);
        return command;
    }

    public ServerConnection Resolve(ParseResult parseResult) =>
        ServerConnection.Resolve(parseResult.GetValue(Server), parseResult.GetValue(TokenFile), Environment.GetEnvironmentVariable);
}

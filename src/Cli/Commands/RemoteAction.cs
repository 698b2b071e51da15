using System.CommandLine;
using PracticePlatform.Cli.Remote;

namespace PracticePlatform.Cli.Commands;

/// <summary>
/// The action of a command that talks to the server: resolve the connection, open a <see cref="PracticeServer"/>,
/// run. Refusals and connection failures travel up as exceptions that <see cref="PracticeCli"/> turns into one
/// <c>practice:</c> line and an exit code.
/// </summary>
public static class RemoteAction
{
    public static void SetRemoteAction(this Command command, ConnectionOptions connection, Func<ParseResult, PracticeServer, CancellationToken, Task<int>> action) =>
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var server = new PracticeServer(connection.Resolve(parseResult));
            return await action(parseResult, server, cancellationToken);
        });
}

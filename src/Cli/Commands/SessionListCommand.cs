using System.CommandLine;
using PracticePlatform.Cli.Output;
using PracticePlatform.Cli.Remote;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Commands;

/// <summary>`practice session list`: the caller's sessions (every session for the admin token), newest last.</summary>
public static class SessionListCommand
{
    public static Command Build(ConnectionOptions connection, TextWriter output)
    {
        var json = JsonOption.Create();
        var command = new Command("list", "List your sessions (all of them with the admin token).") { json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var reply = await server.GetAsync("api/sessions", cancellationToken);
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(output, reply);
            }
            else
            {
                SessionText.WriteList(output, RemoteJson.Read<SessionView[]>(reply));
            }

            return PracticeCli.Success;
        });
        return command;
    }
}

using System.CommandLine;

namespace PracticePlatform.Cli.Commands;

/// <summary>`practice session show &lt;id&gt;`: status, clock and pace, roster with its warnings, faults and the cell's digest.</summary>
public static class SessionShowCommand
{
    public static Command Build(ConnectionOptions connection, TextWriter output)
    {
        var session = SessionIdArgument.Create();
        var json = JsonOption.Create();
        var command = new Command("show", "Show a session: status, clock, roster, faults.") { session, json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var reply = await server.GetAsync($"api/sessions/{parseResult.Read(session)}", cancellationToken);
            SessionReply.Write(output, reply, parseResult.GetValue(json));
            return PracticeCli.Success;
        });
        return command;
    }
}

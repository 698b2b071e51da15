using System.CommandLine;
using PracticePlatform.Cli.Output;
using PracticePlatform.Cli.Remote;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Commands;

/// <summary>`practice session alarms &lt;id&gt;`: the cell's alarm rules, firing ones first, with who acknowledged them.</summary>
public static class SessionAlarmsCommand
{
    public static Command Build(ConnectionOptions connection, TextWriter output)
    {
        var session = SessionIdArgument.Create();
        var json = JsonOption.Create();
        var command = new Command("alarms", "List the cell's alarms, firing ones first.") { session, json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var reply = await server.GetAsync($"api/sessions/{parseResult.Read(session)}/alarms", cancellationToken);
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(output, reply);
            }
            else
            {
                AlarmText.WriteList(output, RemoteJson.Read<AlarmView[]>(reply));
            }

            return PracticeCli.Success;
        });
        return command;
    }
}

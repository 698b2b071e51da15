using System.CommandLine;
using PracticePlatform.Cli.Output;
using PracticePlatform.Cli.Remote;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Commands;

/// <summary>`practice people list`: everyone registered, with experience, prerequisites and whether they instigate.</summary>
public static class PeopleListCommand
{
    public static Command Build(ConnectionOptions connection, TextWriter output)
    {
        var json = JsonOption.Create();
        var command = new Command("list", "List registered people (admins and instigators).") { json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var reply = await server.GetAsync("api/people", cancellationToken);
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(output, reply);
            }
            else
            {
                PeopleText.WriteList(output, RemoteJson.Read<PersonSummary[]>(reply));
            }

            return PracticeCli.Success;
        });
        return command;
    }
}

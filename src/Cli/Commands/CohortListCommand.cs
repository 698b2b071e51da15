using System.CommandLine;
using PracticePlatform.Cli.Output;
using PracticePlatform.Cli.Remote;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Commands;

/// <summary>`practice cohort list`: every cohort, oldest first, with how many members and sessions it has.</summary>
public static class CohortListCommand
{
    public static Command Build(ConnectionOptions connection, TextWriter output)
    {
        var json = JsonOption.Create();
        var command = new Command("list", "List cohorts (admins and instigators).") { json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var reply = await server.GetAsync("api/cohorts", cancellationToken);
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(output, reply);
            }
            else
            {
                CohortText.WriteList(output, RemoteJson.Read<CohortView[]>(reply));
            }

            return PracticeCli.Success;
        });
        return command;
    }
}

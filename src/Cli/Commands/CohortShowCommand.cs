using System.CommandLine;
using PracticePlatform.Cli.Output;
using PracticePlatform.Cli.Remote;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Commands;

/// <summary>`practice cohort show &lt;cohort&gt;`: its name, members (by name where the caller may list people) and sessions.</summary>
public static class CohortShowCommand
{
    public static Command Build(ConnectionOptions connection, TextWriter output)
    {
        var cohort = CohortIdArgument.Create();
        var json = JsonOption.Create();
        var command = new Command("show", "Show a cohort: its members and sessions.") { cohort, json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var reply = await server.GetAsync($"api/cohorts/{parseResult.ReadCohort(cohort)}", cancellationToken);
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(output, reply);
            }
            else
            {
                CohortText.Write(output, RemoteJson.Read<CohortView>(reply), await PeopleNames.ReadAsync(server, cancellationToken));
            }

            return PracticeCli.Success;
        });
        return command;
    }
}

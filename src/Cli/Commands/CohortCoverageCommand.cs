using System.CommandLine;
using PracticePlatform.Cli.Output;
using PracticePlatform.Cli.Remote;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Commands;

/// <summary>`practice cohort coverage &lt;cohort&gt;`: which scenarios of the cohort's schedules each member has covered.</summary>
public static class CohortCoverageCommand
{
    public static Command Build(ConnectionOptions connection, TextWriter output)
    {
        var cohort = CohortIdArgument.Create();
        var json = JsonOption.Create();
        var command = new Command("coverage", "Show which scenarios of the cohort's schedules each member played, has scheduled or not yet (members see only scenarios they were debriefed on).") { cohort, json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var reply = await server.GetAsync($"api/cohorts/{parseResult.ReadCohort(cohort)}/coverage", cancellationToken);
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(output, reply);
            }
            else
            {
                ScheduleText.WriteCoverage(output, RemoteJson.Read<CoverageMatrix>(reply));
            }

            return PracticeCli.Success;
        });
        return command;
    }
}

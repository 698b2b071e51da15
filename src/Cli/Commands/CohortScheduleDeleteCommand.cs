using System.CommandLine;
using PracticePlatform.Cli.Input;
using PracticePlatform.Cli.Output;
using PracticePlatform.Cli.Remote;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Commands;

/// <summary>`practice cohort schedule delete &lt;cohort&gt; &lt;schedule&gt;`: stops a schedule; the sessions it created stay.</summary>
public static class CohortScheduleDeleteCommand
{
    public static Command Build(ConnectionOptions connection, TextWriter output)
    {
        var cohort = CohortIdArgument.Create();
        var schedule = new Argument<string>("schedule") { Description = "The schedule's id (see 'practice cohort schedule list')." };
        var json = JsonOption.Create();
        var command = new Command("delete", "Stop a schedule: it creates no more sessions (those it created stay).") { cohort, schedule, json };
        command.Aliases.Add("stop");
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var reply = await server.DeleteAsync($"api/cohorts/{parseResult.ReadCohort(cohort)}/schedules/{ArgumentText.ParseId(parseResult.GetValue(schedule)!, "schedule id")}", cancellationToken);
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(output, reply);
            }
            else
            {
                var stopped = RemoteJson.Read<PracticeScheduleView>(reply);
                output.WriteLine($"Stopped schedule {stopped.Id}.");
                ScheduleText.Write(output, stopped);
            }

            return PracticeCli.Success;
        });
        return command;
    }
}

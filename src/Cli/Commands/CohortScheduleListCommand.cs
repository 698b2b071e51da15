using System.CommandLine;
using PracticePlatform.Cli.Output;
using PracticePlatform.Cli.Remote;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Commands;

/// <summary>`practice cohort schedule list &lt;cohort&gt;`: the cohort's schedules, or one with its occurrences (<c>--schedule</c>).</summary>
public static class CohortScheduleListCommand
{
    public static Command Build(ConnectionOptions connection, TextWriter output)
    {
        var cohort = CohortIdArgument.Create();
        var one = new Option<string?>("--schedule") { Description = "Show this schedule with its occurrences." };
        var json = JsonOption.Create();
        var command = new Command("list", "List a cohort's schedules, or show one with its occurrences.") { cohort, one, json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var cohortId = parseResult.ReadCohort(cohort);
            var scheduleId = parseResult.GetValue(one) is { } text ? Input.ArgumentText.ParseId(text, "schedule id") : (Guid?)null;
            var reply = await server.GetAsync(scheduleId is { } id ? $"api/cohorts/{cohortId}/schedules/{id}" : $"api/cohorts/{cohortId}/schedules", cancellationToken);
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(output, reply);
            }
            else if (scheduleId is not null)
            {
                ScheduleText.Write(output, RemoteJson.Read<PracticeScheduleView>(reply));
            }
            else
            {
                ScheduleText.WriteList(output, RemoteJson.Read<PracticeScheduleView[]>(reply));
            }

            return PracticeCli.Success;
        });
        return command;
    }
}

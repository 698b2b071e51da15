using System.CommandLine;
using PracticePlatform.Cli.Input;
using PracticePlatform.Cli.Output;
using PracticePlatform.Cli.Remote;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Commands;

/// <summary>
/// `practice cohort schedule create &lt;cohort&gt; --day Tuesday --time 14:00 --time-zone Europe/Berlin --scenario ...`:
/// a recurring practice schedule; the server checks every field and names the one it refuses.
/// </summary>
public static class CohortScheduleCreateCommand
{
    public static Command Build(ConnectionOptions connection, TextWriter output)
    {
        var cohort = CohortIdArgument.Create();
        var frequency = new Option<string>("--frequency") { Description = "weekly (the default) or daily.", DefaultValueFactory = _ => "weekly" };
        var interval = new Option<int>("--interval") { Description = "Every N weeks (or days), 1-52.", DefaultValueFactory = _ => 1 };
        var day = new Option<string?>("--day") { Description = "The weekday of a weekly schedule, e.g. Tuesday." };
        var time = new Option<string>("--time") { Description = "Local time of day, HH:mm.", Required = true };
        var zone = new Option<string>("--time-zone") { Description = "IANA time zone of the local time, e.g. Europe/Berlin.", Required = true };
        var scenarios = new Option<string[]>("--scenario") { Description = "A scenario of the pool (repeatable).", HelpName = "scenario", Required = true };
        var instigators = new Option<string[]>("--instigator") { Description = "An instigator's person id (repeatable; default: you).", HelpName = "person" };
        var duration = new Option<int>("--duration") { Description = "Minutes the invitation books (15-480).", DefaultValueFactory = _ => 60 };
        var ahead = new Option<int>("--ahead") { Description = "Days ahead that sessions are created (1-60).", DefaultValueFactory = _ => 14 };
        var maxResponders = new Option<int>("--max-responders") { Description = "Most responders per session (1-6).", DefaultValueFactory = _ => 6 };
        var noObservers = new Option<bool>("--no-observers") { Description = "Leave members who played the scenario out instead of having them observe." };
        var emails = new Option<string[]>("--email") { Description = "An email address for invitations and milestones (repeatable).", HelpName = "address" };
        var webhooks = new Option<string[]>("--webhook") { Description = "A Slack-compatible webhook URL (repeatable).", HelpName = "url" };
        var json = JsonOption.Create();
        var command = new Command("create", "Add a recurring practice schedule to a cohort; the sessions due within the days ahead are created at once.")
        {
            cohort, frequency, interval, day, time, zone, scenarios, instigators, duration, ahead, maxResponders, noObservers, emails, webhooks, json,
        };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var cohortId = parseResult.ReadCohort(cohort);
            Guid[] people = [.. (parseResult.GetValue(instigators) ?? []).Select(p => ArgumentText.ParseId(p, "person id"))];
            var reply = await server.PostAsync($"api/cohorts/{cohortId}/schedules", new
            {
                recurrence = new
                {
                    frequency = parseResult.GetValue(frequency),
                    interval = parseResult.GetValue(interval),
                    day = parseResult.GetValue(day),
                    time = parseResult.GetValue(time),
                    timeZone = parseResult.GetValue(zone),
                },
                scenarioPool = parseResult.GetValue(scenarios) ?? [],
                instigators = people,
                durationMinutes = parseResult.GetValue(duration),
                createAheadDays = parseResult.GetValue(ahead),
                roster = new { maxResponders = parseResult.GetValue(maxResponders), playedObserve = !parseResult.GetValue(noObservers) },
                notifications = new { webhooks = parseResult.GetValue(webhooks) ?? [], emails = parseResult.GetValue(emails) ?? [] },
            }, cancellationToken);
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(output, reply);
            }
            else
            {
                var schedule = RemoteJson.Read<PracticeScheduleView>(reply);
                output.WriteLine($"Created schedule {schedule.Id}.");
                ScheduleText.Write(output, schedule);
            }

            return PracticeCli.Success;
        });
        return command;
    }
}

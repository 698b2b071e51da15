using System.CommandLine;
using PracticePlatform.Cli.Input;
using PracticePlatform.Cli.Output;
using PracticePlatform.Cli.Remote;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Commands;

/// <summary>
/// `practice session create --scenario &lt;id&gt; [--seed n] [--at time | --window t1..t2 | --window-earliest t1 --window-latest t2
/// [--business-hours hh:mm-hh:mm --time-zone zone]]
/// [--cohort id] [--manual-injects] [--webhook url]... [--email addr]... [--code-blue [--page person]...]`: a session of a
/// scenario; its creator becomes its instigator.
/// </summary>
public static class SessionCreateCommand
{
    public static Command Build(ConnectionOptions connection, TextWriter output)
    {
        var scenario = new Option<string>("--scenario") { Description = "The scenario's id (see 'practice scenario list').", Required = true };
        var seed = new Option<string?>("--seed") { Description = "The cell's seed (default 1: every group gets the same starting conditions)." };
        var at = new Option<string?>("--at") { Description = "Start automatically at this ISO 8601 time, e.g. 2026-03-02T14:00:00+01:00 (no offset: local time).", HelpName = "time" };
        var cohort = new Option<string?>("--cohort") { Description = "The cohort's id (see 'practice cohort list')." };
        var manual = new Option<bool>("--manual-injects") { Description = "You inject the scenario's faults yourself ('practice session inject'); without it the scenario's script injects them at its own times." };
        var webhooks = new Option<string[]>("--webhook") { Description = "A Slack-compatible webhook URL for alarms and milestones (repeatable).", HelpName = "url" };
        var emails = new Option<string[]>("--email") { Description = "An email address for alarms and milestones (repeatable).", HelpName = "address" };
        var window = new Option<string?>("--window") { Description = "A surprise start: the platform draws the start between two ISO 8601 times, written T1..T2; responders see only the window.", HelpName = "t1..t2" };
        var earliest = new Option<string?>("--window-earliest") { Description = "A surprise start's earliest time (with --window-latest).", HelpName = "time" };
        var latest = new Option<string?>("--window-latest") { Description = "A surprise start's latest time (with --window-earliest).", HelpName = "time" };
        var businessHours = new Option<string?>("--business-hours") { Description = "With a window: draw the start only Monday to Friday within these local hours, e.g. 09:00-17:00 (with --time-zone).", HelpName = "hh:mm-hh:mm" };
        var timeZone = new Option<string?>("--time-zone") { Description = "The business hours' time zone, an IANA id such as Europe/Berlin.", HelpName = "zone" };
        var codeBlue = new Option<bool>("--code-blue") { Description = "Run it as a Code Blue: when it starts, the cohort (or the --page people) is paged and may join." };
        var page = new Option<string[]>("--page") { Description = "A person a Code Blue pages instead of the cohort (repeatable).", HelpName = "person" };
        var json = JsonOption.Create();
        var command = new Command("create", "Create a session of a scenario; you become its instigator.") { scenario, seed, at, window, earliest, latest, businessHours, timeZone, cohort, manual, webhooks, emails, codeBlue, page, json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var seedValue = parseResult.GetValue(seed) is { } s ? ArgumentText.ParseWhole(s, "seed") : (long?)null;
            if (seedValue < 0)
            {
                throw new UsageException($"bad seed '{seedValue}': it cannot be negative");
            }

            var startWindow = StartWindowText.Parse(parseResult.GetValue(window), parseResult.GetValue(earliest), parseResult.GetValue(latest));
            if (startWindow is not null && parseResult.GetValue(at) is not null)
            {
                throw new UsageException("give --at or a start window, not both");
            }

            var hours = StartWindowText.ParseHours(parseResult.GetValue(businessHours), parseResult.GetValue(timeZone));
            if (hours is not null && startWindow is null)
            {
                throw new UsageException("--business-hours narrow a start window: add --window");
            }

            string[] paged = parseResult.GetValue(page) ?? [];
            if (paged.Length > 0 && !parseResult.GetValue(codeBlue))
            {
                throw new UsageException("--page names whom a Code Blue pages: add --code-blue");
            }

            string[] hooks = parseResult.GetValue(webhooks) ?? [];
            string[] addresses = parseResult.GetValue(emails) ?? [];
            var reply = await server.PostAsync("api/sessions", new
            {
                scenarioId = parseResult.GetValue(scenario),
                seed = seedValue,
                scheduledStart = parseResult.GetValue(at) is { } time ? ArgumentText.ParseTime(time, "start time") : (DateTimeOffset?)null,
                cohortId = parseResult.GetValue(cohort) is { } c ? ArgumentText.ParseId(c, "cohort id") : (Guid?)null,
                manualInjects = parseResult.GetValue(manual) ? true : (bool?)null,
                notifications = hooks.Length + addresses.Length > 0 ? new { webhooks = hooks, emails = addresses } : null,
                startWindow = startWindow is null ? null : new { startWindow.Earliest, startWindow.Latest, businessHours = hours },
                codeBlue = parseResult.GetValue(codeBlue) ? true : (bool?)null,
                codeBluePeople = paged.Length > 0 ? paged.Select(p => ArgumentText.ParseId(p, "person id")).ToArray() : null,
            }, cancellationToken);
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(output, reply);
            }
            else
            {
                var session = RemoteJson.Read<SessionView>(reply);
                output.WriteLine($"Created session {session.Id}.");
                SessionText.Write(output, session);
            }

            return PracticeCli.Success;
        });
        return command;
    }
}

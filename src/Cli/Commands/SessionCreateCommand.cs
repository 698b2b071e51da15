using System.CommandLine;
using PracticePlatform.Cli.Input;
using PracticePlatform.Cli.Output;
using PracticePlatform.Cli.Remote;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Commands;

/// <summary>
/// `practice session create --scenario &lt;id&gt; [--seed n] [--at time] [--cohort id] [--manual-injects] [--webhook url]...
/// [--email addr]...`: a session of a scenario; its creator becomes its instigator.
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
        var json = JsonOption.Create();
        var command = new Command("create", "Create a session of a scenario; you become its instigator.") { scenario, seed, at, cohort, manual, webhooks, emails, json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var seedValue = parseResult.GetValue(seed) is { } s ? ArgumentText.ParseWhole(s, "seed") : (long?)null;
            if (seedValue < 0)
            {
                throw new UsageException($"bad seed '{seedValue}': it cannot be negative");
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

using System.CommandLine;
using PracticePlatform.Cli.Input;
using PracticePlatform.Cli.Output;
using PracticePlatform.Cli.Remote;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Commands;

/// <summary>`practice cohort create &lt;name&gt; [--member &lt;person&gt;]...`: a cohort of registered people.</summary>
public static class CohortCreateCommand
{
    public static Command Build(ConnectionOptions connection, TextWriter output)
    {
        var name = new Argument<string>("name") { Description = "The cohort's name, 1-100 characters, e.g. \"Spring 2026 onboarding\"." };
        var members = new Option<string[]>("--member") { Description = "A member's person id (repeatable; see 'practice people list').", HelpName = "person" };
        var json = JsonOption.Create();
        var command = new Command("create", "Create a cohort, optionally with its members.") { name, members, json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            Guid[] people = [.. (parseResult.GetValue(members) ?? []).Select(m => ArgumentText.ParseId(m, "person id"))];
            var reply = await server.PostAsync("api/cohorts", new { name = parseResult.GetValue(name), members = people }, cancellationToken);
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(output, reply);
            }
            else
            {
                var cohort = RemoteJson.Read<CohortView>(reply);
                output.WriteLine($"Created cohort {cohort.Id}.");
                CohortText.Write(output, cohort, await PeopleNames.ReadAsync(server, cancellationToken));
            }

            return PracticeCli.Success;
        });
        return command;
    }
}

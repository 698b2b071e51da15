using System.CommandLine;
using PracticePlatform.Cli.Input;
using PracticePlatform.Cli.Output;
using PracticePlatform.Cli.Remote;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Commands;

/// <summary>
/// `practice cohort add &lt;cohort&gt; &lt;person&gt;`: adds a registered person to a cohort (adding a member again changes
/// nothing), as `practice session add` puts one on a session's roster.
/// </summary>
public static class CohortAddCommand
{
    public static Command Build(ConnectionOptions connection, TextWriter output)
    {
        var cohort = CohortIdArgument.Create();
        var person = new Argument<string>("person") { Description = "The person's id (see 'practice people list')." };
        var json = JsonOption.Create();
        var command = new Command("add", "Add a registered person to a cohort.") { cohort, person, json };
        command.Aliases.Add("add-member");
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var cohortId = parseResult.ReadCohort(cohort);
            var personId = ArgumentText.ParseId(parseResult.GetValue(person)!, "person id");
            var reply = await server.PostAsync($"api/cohorts/{cohortId}/members", new { personId }, cancellationToken);
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(output, reply);
            }
            else
            {
                var names = await PeopleNames.ReadAsync(server, cancellationToken);
                var added = RemoteJson.Read<CohortView>(reply);
                output.WriteLine($"Added {(names.TryGetValue(personId, out var name) ? name : personId.ToString())} to {added.Name}.");
                CohortText.Write(output, added, names);
            }

            return PracticeCli.Success;
        });
        return command;
    }
}

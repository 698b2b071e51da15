using System.CommandLine;
using PracticePlatform.Cli.Output;
using PracticePlatform.Cli.Remote;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Commands;

/// <summary>
/// `practice people add &lt;name&gt; [--email] [--experience] [--credentials] [--own-deployment] [--can-instigate]`:
/// registers a person (admin token) and prints their id and personal token, which the server shows only this once.
/// </summary>
public static class PeopleAddCommand
{
    public static Command Build(ConnectionOptions connection, TextWriter output, TextWriter error)
    {
        var name = new Argument<string>("name") { Description = "The person's name as shown on rosters." };
        var email = new Option<string?>("--email") { Description = "Their email address." };
        var experience = new Option<string>("--experience") { Description = "Incident-response experience.", DefaultValueFactory = _ => "novice" }
            .AcceptOnlyFromAmong("novice", "intermediate", "experienced");
        var credentials = new Option<bool>("--credentials") { Description = "They have credentials for the tools (a responder prerequisite)." };
        var ownDeployment = new Option<bool>("--own-deployment") { Description = "They have their own deployment of the system (a responder prerequisite)." };
        var canInstigate = new Option<bool>("--can-instigate") { Description = "They may create sessions and instigate." };
        var json = JsonOption.Create();
        var command = new Command("add", "Register a person and print their personal token (shown once).") { name, email, experience, credentials, ownDeployment, canInstigate, json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var reply = await server.PostAsync("api/people", new
            {
                name = parseResult.GetValue(name),
                email = parseResult.GetValue(email),
                experience = parseResult.GetValue(experience),
                prerequisites = new { credentials = parseResult.GetValue(credentials), ownDeployment = parseResult.GetValue(ownDeployment) },
                canInstigate = parseResult.GetValue(canInstigate),
            }, cancellationToken);
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(output, reply);
                // stdout stays pure JSON; the warning still reaches the person at the terminal.
                error.WriteLine($"practice: warning: {PeopleText.TokenShownOnce}");
            }
            else
            {
                PeopleText.WriteCreated(output, RemoteJson.Read<CreatedPerson>(reply));
            }

            return PracticeCli.Success;
        });
        return command;
    }
}

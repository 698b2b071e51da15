using System.CommandLine;
using System.Net;
using PracticePlatform.Cli.Output;
using PracticePlatform.Cli.Remote;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Commands;

/// <summary>`practice whoami`: the person the token belongs to, and their sessions; or that it is the admin token.</summary>
public static class WhoamiCommand
{
    public static Command Build(TextWriter output)
    {
        var connection = new ConnectionOptions();
        var json = JsonOption.Create();
        var command = connection.AddTo(new Command("whoami", "Show whose token this is, and their sessions.") { json });
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            PersonView? person;
            try
            {
                var reply = await server.GetAsync("api/people/me", cancellationToken);
                if (parseResult.GetValue(json))
                {
                    JsonOutput.Write(output, reply);
                    return PracticeCli.Success;
                }

                person = RemoteJson.Read<PersonView>(reply);
            }
            catch (RequestRefusedException e) when (e.Status == HttpStatusCode.NotFound)
            {
                // The token was accepted (else 401) but is no person's: it is the admin token.
                person = null;
            }

            if (person is null)
            {
                output.WriteLine(parseResult.GetValue(json) ? "{ \"admin\": true }" : $"admin (the admin token of {server.Address}; it belongs to no registered person)");
            }
            else
            {
                PeopleText.Write(output, person);
                output.WriteLine();
                SessionText.WriteList(output, RemoteJson.Read<SessionView[]>(await server.GetAsync("api/sessions", cancellationToken)));
            }

            return PracticeCli.Success;
        });
        return command;
    }
}

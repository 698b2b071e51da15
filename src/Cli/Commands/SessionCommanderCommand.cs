using System.CommandLine;
using PracticePlatform.Cli.Input;

namespace PracticePlatform.Cli.Commands;

/// <summary>
/// `practice session commander &lt;id&gt; &lt;person&gt;`: gives incident command to a responder (yourself to take it);
/// the reply shows the session with its commander.
/// </summary>
public static class SessionCommanderCommand
{
    public static Command Build(ConnectionOptions connection, TextWriter output)
    {
        var session = SessionIdArgument.Create();
        var person = new Argument<string>("person") { Description = "The responder's person id (see 'practice session show')." };
        var json = JsonOption.Create();
        var command = new Command("commander", "Take incident command, or hand it over to another responder.") { session, person, json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var reply = await server.PostAsync($"api/sessions/{parseResult.Read(session)}/commander", new
            {
                personId = ArgumentText.ParseId(parseResult.GetValue(person)!, "person id"),
            }, cancellationToken);
            SessionReply.Write(output, reply, parseResult.GetValue(json));
            return PracticeCli.Success;
        });
        return command;
    }
}

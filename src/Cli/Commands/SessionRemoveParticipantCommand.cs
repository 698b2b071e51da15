using System.CommandLine;
using PracticePlatform.Cli.Input;

namespace PracticePlatform.Cli.Commands;

/// <summary>
/// `practice session remove-participant &lt;id&gt; &lt;person&gt;`: takes a person off a draft or scheduled session's roster;
/// the reply shows the roster with its warnings. (A role changes with `practice session add` and the new role.)
/// </summary>
public static class SessionRemoveParticipantCommand
{
    public static Command Build(ConnectionOptions connection, TextWriter output)
    {
        var session = SessionIdArgument.Create();
        var person = new Argument<string>("person") { Description = "The person's id (see 'practice session show')." };
        var json = JsonOption.Create();
        var command = new Command("remove-participant", "Take a person off a session's roster before it starts.") { session, person, json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var personId = ArgumentText.ParseId(parseResult.GetValue(person)!, "person id");
            var reply = await server.DeleteAsync($"api/sessions/{parseResult.Read(session)}/participants/{personId}", cancellationToken);
            SessionReply.Write(output, reply, parseResult.GetValue(json));
            return PracticeCli.Success;
        });
        return command;
    }
}

using System.CommandLine;
using PracticePlatform.Cli.Input;

namespace PracticePlatform.Cli.Commands;

/// <summary>
/// `practice session add &lt;id&gt; &lt;person&gt; --role instigator|responder|observer [--override]`: puts a registered person
/// on the roster, or gives someone on it another role before the start; the reply shows the roster with its warnings.
/// </summary>
public static class SessionAddCommand
{
    public static Command Build(ConnectionOptions connection, TextWriter output)
    {
        var session = SessionIdArgument.Create();
        var person = new Argument<string>("person") { Description = "The person's id (see 'practice people list')." };
        var role = new Option<string>("--role") { Description = "Their part in the session.", Required = true }
            .AcceptOnlyFromAmong("instigator", "responder", "observer");
        var overrideRule = new Option<bool>("--override") { Description = "Admins: accept as responder someone who played this scenario before." };
        var json = JsonOption.Create();
        var command = new Command("add", "Add a person to a session's roster, or change their role before it starts.") { session, person, role, overrideRule, json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var reply = await server.PostAsync($"api/sessions/{parseResult.Read(session)}/participants", new
            {
                personId = ArgumentText.ParseId(parseResult.GetValue(person)!, "person id"),
                role = parseResult.GetValue(role),
                @override = parseResult.GetValue(overrideRule) ? true : (bool?)null,
            }, cancellationToken);
            SessionReply.Write(output, reply, parseResult.GetValue(json));
            return PracticeCli.Success;
        });
        return command;
    }
}

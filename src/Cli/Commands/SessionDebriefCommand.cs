using System.CommandLine;
using PracticePlatform.Cli.Output;
using PracticePlatform.Cli.Remote;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Commands;

/// <summary>
/// `practice session debrief &lt;id&gt; [--hold]`: reads the debrief once it is held; <c>--hold</c> (instigator) holds it,
/// freezing the cell and putting the assessment beside the ground truth.
/// </summary>
public static class SessionDebriefCommand
{
    public static Command Build(ConnectionOptions connection, TextWriter output)
    {
        var session = SessionIdArgument.Create();
        var hold = new Option<bool>("--hold") { Description = "Instigator: hold the debrief now (freezes the cell; participants may then see the solution)." };
        var json = JsonOption.Create();
        var command = new Command("debrief", "Read the debrief; --hold holds it.") { session, hold, json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var path = $"api/sessions/{parseResult.Read(session)}/debrief";
            var reply = parseResult.GetValue(hold)
                ? await server.PostAsync(path, body: null, cancellationToken)
                : await server.GetAsync(path, cancellationToken);
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(output, reply);
            }
            else
            {
                DebriefText.Write(output, RemoteJson.Read<Debrief>(reply));
            }

            return PracticeCli.Success;
        });
        return command;
    }
}

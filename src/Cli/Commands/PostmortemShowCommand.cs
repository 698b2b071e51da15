using System.CommandLine;
using PracticePlatform.Cli.Output;
using PracticePlatform.Cli.Remote;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Commands;

/// <summary>`practice session postmortem show &lt;id&gt; [--history]`: the prefilled facts and every section with its version.</summary>
public static class PostmortemShowCommand
{
    public static Command Build(ConnectionOptions connection, TextWriter output)
    {
        var session = SessionIdArgument.Create();
        var history = new Option<bool>("--history") { Description = "Also list who saved each version of each section." };
        var json = JsonOption.Create();
        var command = new Command("show", "Print the postmortem: the facts the platform prefilled and each section with its version.") { session, history, json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var reply = await server.GetAsync($"api/sessions/{parseResult.Read(session)}/postmortem", cancellationToken);
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(output, reply);
            }
            else
            {
                PostmortemText.Write(output, RemoteJson.Read<PostmortemView>(reply), parseResult.GetValue(history));
            }

            return PracticeCli.Success;
        });
        return command;
    }
}

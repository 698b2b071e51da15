using System.CommandLine;
using PracticePlatform.Cli.Input;
using PracticePlatform.Cli.Output;
using PracticePlatform.Cli.Remote;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Commands;

/// <summary>`practice session replay &lt;id&gt; --second N`: the session as it was at a simulated second (after the debrief, or as an instigator).</summary>
public static class SessionReplayCommand
{
    public static Command Build(ConnectionOptions connection, TextWriter output)
    {
        var session = SessionIdArgument.Create();
        var second = new Option<string>("--second", "-s")
        {
            Description = "The simulated time to replay: seconds (754) or a duration such as 12m34s or 00:12:34.",
            HelpName = "N",
            Required = true,
        };
        var json = JsonOption.Create();
        var command = new Command("replay", "Show the session's cell, alarms and timeline as they were at a simulated second.") { session, second, json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var text = parseResult.GetValue(second)!;
            var at = long.TryParse(text, out var whole) ? whole : (long)SimTime.Parse(text, "--second").TotalSeconds;
            var reply = await server.GetAsync($"api/sessions/{parseResult.Read(session)}/replay?second={at}", cancellationToken);
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(output, reply);
            }
            else
            {
                ReplayText.Write(output, RemoteJson.Read<SessionReplay>(reply));
            }

            return PracticeCli.Success;
        });
        return command;
    }
}

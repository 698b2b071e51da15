using System.CommandLine;
using PracticePlatform.Cli.Input;

namespace PracticePlatform.Cli.Commands;

/// <summary>`practice session speed &lt;id&gt; &lt;x&gt;`: simulated seconds per second, above 0 and at most 100 (1 is live).</summary>
public static class SessionSpeedCommand
{
    public static Command Build(ConnectionOptions connection, TextWriter output)
    {
        var session = SessionIdArgument.Create();
        var speed = new Argument<string>("speed") { Description = "Simulated seconds per second: above 0, at most 100; 1 is live." };
        var json = JsonOption.Create();
        var command = new Command("speed", "Instigator: change the pace of the cell.") { session, speed, json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var pace = ArgumentText.ParseNumber(parseResult.GetValue(speed)!.TrimEnd('x'), "speed");
            var reply = await server.PostAsync($"api/sessions/{parseResult.Read(session)}/speed", new { speed = pace }, cancellationToken);
            SessionReply.Write(output, reply, parseResult.GetValue(json));
            return PracticeCli.Success;
        });
        return command;
    }
}

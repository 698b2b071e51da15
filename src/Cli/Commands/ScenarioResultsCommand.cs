using System.CommandLine;
using PracticePlatform.Cli.Output;
using PracticePlatform.Cli.Remote;
using PracticePlatform.Cli.Remote.Views;

namespace PracticePlatform.Cli.Commands;

/// <summary>`practice scenario results &lt;id&gt;`: every debriefed session of a scenario the caller may see, side by side.</summary>
public static class ScenarioResultsCommand
{
    public static Command Build(ConnectionOptions connection, TextWriter output)
    {
        var scenario = new Argument<string>("scenario") { Description = "The scenario's id." };
        var json = JsonOption.Create();
        var command = new Command("results", "Compare the debriefed sessions of a scenario: times to detect, acknowledge, mitigate, resolve, assessment error, hints, commands.") { scenario, json };
        command.SetRemoteAction(connection, async (parseResult, server, cancellationToken) =>
        {
            var reply = await server.GetAsync($"api/scenarios/{Uri.EscapeDataString(parseResult.GetValue(scenario)!)}/results", cancellationToken);
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(output, reply);
            }
            else
            {
                ResultsText.WriteList(output, RemoteJson.Read<SessionResult[]>(reply));
            }

            return PracticeCli.Success;
        });
        return command;
    }
}

using System.CommandLine;

namespace PracticePlatform.Cli.Commands;

/// <summary>
/// `practice scenario`: list, validate and verify scenario files, and compare a scenario's debriefed sessions on a running
/// platform (the connection options, as on every command group, are read only by that remote command).
/// </summary>
public static class ScenarioCommand
{
    public static Command Build(TextWriter output, TextWriter error)
    {
        var connection = new ConnectionOptions();
        var command = new Command("scenario", "List, validate and verify scenarios, and compare their debriefed sessions.")
        {
            ScenarioListCommand.Build(output),
            ScenarioValidateCommand.Build(output, error),
            ScenarioVerifyCommand.Build(output, error),
            ScenarioResultsCommand.Build(connection, output),
        };
        return connection.AddTo(command);
    }
}

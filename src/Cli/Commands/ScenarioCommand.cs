using System.CommandLine;

namespace PracticePlatform.Cli.Commands;

/// <summary>`practice scenario`: list and validate scenario files, and compare a scenario's debriefed sessions.</summary>
public static class ScenarioCommand
{
    public static Command Build(TextWriter output, TextWriter error) =>
        new("scenario", "List and validate scenarios, and compare their debriefed sessions.")
        {
            ScenarioListCommand.Build(output),
            ScenarioValidateCommand.Build(output, error),
            ScenarioResultsCommand.Build(output),
        };
}

using System.CommandLine;

namespace PracticePlatform.Cli.Commands;

/// <summary>`practice scenario`: list and validate scenario files.</summary>
public static class ScenarioCommand
{
    public static Command Build(TextWriter output, TextWriter error) =>
        new("scenario", "List and validate scenarios.")
        {
            ScenarioListCommand.Build(output),
            ScenarioValidateCommand.Build(output, error),
        };
}

using System.CommandLine;

namespace PracticePlatform.Cli.Commands;

/// <summary>`practice scenario`: list and validate scenario files.</summary>
public static class ScenarioCommand
{
    public static Command Build(TextWriter output, TextWriter error) =>
        new("scenario", "List, validate and verify scenarios.")
        {
            ScenarioListCommand.Build(output),
            ScenarioValidateCommand.Build(output, error),
            ScenarioVerifyCommand.Build(output, error),
        };
}

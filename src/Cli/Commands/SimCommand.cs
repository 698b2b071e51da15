using System.CommandLine;

namespace PracticePlatform.Cli.Commands;

/// <summary>`practice sim`: play scenarios on a simulated cell.</summary>
public static class SimCommand
{
    public static Command Build(TextWriter output, TextWriter error) =>
        new("sim", "Play scenarios on a simulated cell.")
        {
            SimRunCommand.Build(output, error),
        };
}

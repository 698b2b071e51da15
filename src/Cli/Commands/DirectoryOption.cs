using System.CommandLine;

namespace PracticePlatform.Cli.Commands;

/// <summary>The `--dir` option shared by commands that read the scenario catalog.</summary>
public static class DirectoryOption
{
    public static Option<string?> Create() =>
        new("--dir") { Description = "Scenario directory (default: ./scenarios, else the nearest scenarios/ above the executable)." };
}

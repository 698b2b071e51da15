using System.CommandLine;
using System.Globalization;
using PracticePlatform.Cli.Input;
using PracticePlatform.Cli.Output;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Cli.Commands;

/// <summary>`practice scenario list [--dir scenarios]`: a table of the catalog.</summary>
public static class ScenarioListCommand
{
    public static Command Build(TextWriter output)
    {
        var dir = DirectoryOption.Create();
        var command = new Command("list", "List the scenarios of the catalog.") { dir };
        command.SetAction(parseResult =>
        {
            var catalog = ScenarioCatalog.LoadDirectory(ScenarioDirectory.Resolve(parseResult.GetValue(dir)));
            PlainTable.Write(output, ["id", "version", "difficulty", "duration", "title"], catalog.Scenarios.Select(scenario =>
                (IReadOnlyList<string>)[
                    scenario.Id,
                    scenario.Version.ToString(CultureInfo.InvariantCulture),
                    scenario.Difficulty.ToString().ToLowerInvariant(),
                    SimTime.Format((long)scenario.ExpectedDuration.TotalSeconds),
                    scenario.Title,
                ]));
            output.WriteLine($"{catalog.Count} scenario(s); {catalog.Problems.Length} problem(s)");
            return PracticeCli.Success;
        });
        return command;
    }
}

using System.CommandLine;
using PracticePlatform.Cli.Input;
using PracticePlatform.Cli.Output;
using PracticePlatform.Simulation.Scenarios;
using Spectre.Console;

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
            var table = new Table().Border(TableBorder.Simple)
                .AddColumns("id", "version", "difficulty", "duration", "title");
            foreach (var scenario in catalog.Scenarios)
            {
                table.AddRow(
                    Markup.Escape(scenario.Id),
                    scenario.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    scenario.Difficulty.ToString().ToLowerInvariant(),
                    SimTime.Format((long)scenario.ExpectedDuration.TotalSeconds),
                    Markup.Escape(scenario.Title));
            }

            var console = PlainConsole.Over(output);
            console.Write(table);
            console.WriteLine($"{catalog.Count} scenario(s); {catalog.Problems.Length} problem(s)");
            return PracticeCli.Success;
        });
        return command;
    }
}

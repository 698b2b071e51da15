using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using PracticePlatform.Cli.Input;
using PracticePlatform.Cli.Output;
using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Cli.Commands;

/// <summary>
/// `practice sim run --scenario &lt;id|file&gt; --seed &lt;n&gt; --duration &lt;2h&gt; [--action '&lt;time&gt; &lt;command&gt;']... [--json]`:
/// plays a cell with the actions at their times and reports restoration, impact, alarms and the state digest.
/// </summary>
public static class SimRunCommand
{
    public static Command Build(TextWriter output, TextWriter error)
    {
        var scenario = new Option<string>("--scenario") { Description = "Scenario id in the catalog, or a YAML file.", Required = true };
        var seed = new Option<string>("--seed") { Description = "Seed of the cell (a whole number).", DefaultValueFactory = _ => "1" };
        var duration = new Option<string>("--duration") { Description = "Simulated time to run: 2h, 90m, 3600s, 00:45:00.", DefaultValueFactory = _ => "1h" };
        var actions = new Option<string[]>("--action") { Description = "'<time> <command>': inject <id>, revert <id>, clear-all, or a responder command.", AllowMultipleArgumentsPerToken = false };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of the summary." };
        var dir = DirectoryOption.Create();
        var command = new Command("run", "Run a cell of a scenario and summarise what happened.") { scenario, seed, duration, actions, json, dir };
        command.SetAction(parseResult =>
        {
            var seedText = parseResult.GetValue(seed)!;
            if (!ulong.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out var seedValue))
            {
                throw new UsageException($"bad seed '{seedText}': expected a whole number");
            }

            var runFor = (long)SimTime.Parse(parseResult.GetValue(duration)!, "duration").TotalSeconds;
            if (runFor <= 0)
            {
                throw new UsageException("bad duration: it must be longer than zero");
            }

            var schedule = (parseResult.GetValue(actions) ?? []).Select(ScheduledAction.Parse).OrderBy(a => a.At).ToArray();
            if (schedule.FirstOrDefault(a => a.At.TotalSeconds > runFor) is { } late)
            {
                throw new UsageException($"action '{late.Command}' at {late.At} is after the end of the run ({SimTime.Format(runFor)})");
            }

            var cell = Cell.Create(ScenarioSource.Load(parseResult.GetValue(scenario)!, parseResult.GetValue(dir)), seedValue);
            var applied = ImmutableArray.CreateBuilder<SimRunAction>();
            foreach (var action in schedule)
            {
                cell.RunUntil((long)action.At.TotalSeconds);
                var result = Apply(cell, action.Command);
                applied.Add(new SimRunAction(cell.Now, action.Command, result.Ok, FirstLine(result.Output)));
            }

            cell.RunUntil(runFor);
            var report = SimRunReport.Of(cell, applied.ToImmutable());
            if (parseResult.GetValue(json))
            {
                SimRunText.WriteJson(report, output);
            }
            else
            {
                SimRunText.WriteSummary(report, output);
            }

            return PracticeCli.Success;
        });
        return command;
    }

    private static CommandResult Apply(Cell cell, string command)
    {
        var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words switch
        {
            ["inject", var id] => cell.Inject(id),
            ["revert", var id] => cell.Revert(id),
            ["clear-all"] => cell.ClearAllFaults(),
            _ => cell.Execute(command),
        };
    }

    private static string FirstLine(string text)
    {
        var trimmed = text.Trim();
        var newline = trimmed.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0 ? trimmed : trimmed[..newline].TrimEnd();
    }
}

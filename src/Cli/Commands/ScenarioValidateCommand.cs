using System.CommandLine;
using PracticePlatform.Cli.Input;

namespace PracticePlatform.Cli.Commands;

/// <summary>
/// `practice scenario validate &lt;file|dir&gt;`: every problem as `file:line:col: message` and exit 1, or a one-line
/// OK summary.
/// </summary>
public static class ScenarioValidateCommand
{
    public static Command Build(TextWriter output, TextWriter error)
    {
        var path = new Argument<string>("path") { Description = "A scenario file or a directory of them." };
        var command = new Command("validate", "Validate scenario files.") { path };
        command.SetAction(parseResult =>
        {
            var target = parseResult.GetValue(path)!;
            if (ScenarioFiles.LoadReporting(target, output, error) is not { } catalog)
            {
                return PracticeCli.BadInput;
            }

            if (!catalog.IsValid)
            {
                error.WriteLine($"{catalog.Problems.Length} problem(s) in {target}");
                return PracticeCli.Problems;
            }

            output.WriteLine($"OK: {catalog.Count} scenario(s) in {target}, no problems");
            return PracticeCli.Success;
        });
        return command;
    }
}

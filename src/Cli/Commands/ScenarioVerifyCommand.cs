using System.CommandLine;
using PracticePlatform.Cli.Input;
using PracticePlatform.Cli.Output;
using PracticePlatform.Simulation.Plays;
using PracticePlatform.Simulation.Truth;

namespace PracticePlatform.Cli.Commands;

/// <summary>
/// `practice scenario verify &lt;file|dir&gt;`: runs every play of every scenario on a fresh cell, offline, and prints
/// one line per play and a summary. Exit 1 when a play misses its outcome or a file has problems (printed as
/// `file:line:col: message`).
/// </summary>
public static class ScenarioVerifyCommand
{
    public static Command Build(TextWriter output, TextWriter error)
    {
        var path = new Argument<string>("path") { Description = "A scenario file or a directory of them." };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the cells the plays run on.", DefaultValueFactory = _ => PlayVerifier.DefaultSeed };
        var command = new Command("verify", "Run every play of the scenarios and check each reaches its outcome.") { path, seed };
        command.SetAction(parseResult =>
        {
            var target = parseResult.GetValue(path)!;
            if (ScenarioFiles.LoadReporting(target, output, error) is not { } catalog)
            {
                return PracticeCli.BadInput;
            }

            var results = catalog.Scenarios.SelectMany(s => PlayVerifier.Verify(s, parseResult.GetValue(seed))).ToArray();
            if (results.Length > 0)
            {
                PlainTable.Write(output, ["SCENARIO", "PLAY", "RESULT", "IMPACT", "REASON"],
                    results.Select(r => (IReadOnlyList<string>)[r.ScenarioId, r.Play, r.Passed ? "PASS" : "FAIL", Impact(r.Truth), r.Reason]));
            }

            var failed = results.Count(r => !r.Passed);
            var without = catalog.Scenarios.Count(s => s.Plays.IsEmpty);
            output.WriteLine($"{results.Length} play(s) in {catalog.Count} scenario(s): {results.Length - failed} passed, {failed} failed"
                + (without > 0 ? $"; {without} scenario(s) have no plays" : "")
                + (catalog.IsValid ? "" : $"; {catalog.Problems.Length} file problem(s)"));
            return failed == 0 && catalog.IsValid ? PracticeCli.Success : PracticeCli.Problems;
        });
        return command;
    }

    /// <summary>The ground truth's impact window in minutes, so an author can write a play's impact ranges.</summary>
    private static string Impact(GroundTruth truth) =>
        truth.ImpactStartMinute is not { } start ? "none" : $"{start}m..{(truth.Ongoing ? "ongoing" : $"{truth.ImpactEndMinute}m")}";
}

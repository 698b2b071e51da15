using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Cli.Input;

/// <summary>Scenario files named on the command line: one file, or every file of a directory.</summary>
public static class ScenarioFiles
{
    /// <summary>The catalog of <paramref name="path"/> with every problem found, or null when it is neither a file nor a directory.</summary>
    public static ScenarioCatalog? Load(string path) =>
        Directory.Exists(path) ? ScenarioCatalog.LoadDirectory(path)
        : File.Exists(path) ? ScenarioCatalog.FromResults([ScenarioLoader.LoadFile(path)])
        : null;

    /// <summary>
    /// Loads <paramref name="path"/> and prints each problem as file:line:col on <paramref name="output"/>; null (the
    /// bad path said on <paramref name="error"/>) when it is neither a file nor a directory.
    /// </summary>
    public static ScenarioCatalog? LoadReporting(string path, TextWriter output, TextWriter error)
    {
        if (Load(path) is not { } catalog)
        {
            error.WriteLine($"practice: '{path}' is neither a scenario file nor a directory");
            return null;
        }

        foreach (var problem in catalog.Problems)
        {
            output.WriteLine(problem.ToString());
        }

        return catalog;
    }
}

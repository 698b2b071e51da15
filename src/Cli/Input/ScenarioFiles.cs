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
}

using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Cli.Input;

/// <summary>A scenario named on the command line: a YAML file, or an id in the scenarios directory.</summary>
public static class ScenarioSource
{
    public static Scenario Load(string idOrFile, string? directory)
    {
        if (File.Exists(idOrFile) || idOrFile.EndsWith(".yaml", StringComparison.Ordinal) || idOrFile.EndsWith(".yml", StringComparison.Ordinal))
        {
            if (!File.Exists(idOrFile))
            {
                throw new UsageException($"scenario file '{idOrFile}' does not exist");
            }

            var result = ScenarioLoader.LoadFile(idOrFile);
            return result.Succeeded
                ? result.Scenario!
                : throw new UsageException($"scenario file has {result.Problems.Length} problem(s), first: {result.Problems[0]}");
        }

        var catalog = ScenarioCatalog.LoadDirectory(ScenarioDirectory.Resolve(directory));
        return catalog.Find(idOrFile)
            ?? throw new UsageException($"unknown scenario '{idOrFile}'; known: {string.Join(", ", catalog.Scenarios.Select(s => s.Id))}");
    }
}

using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Bench;

/// <summary>
/// The scenarios the benchmarks run: the richest (the catalog's largest topology with every model feature and most
/// fault kinds at once, <c>richest.yaml</c> beside this file) and the catalog's largest, for comparison.
/// </summary>
internal static class BenchScenarios
{
    public static Scenario Richest()
    {
        var file = Path.Combine(Path.GetDirectoryName(FindDirectory())!, "bench", "Simulation.Bench", "richest.yaml");
        var loaded = ScenarioLoader.LoadFile(file);
        if (!loaded.Succeeded)
        {
            throw new InvalidOperationException("richest.yaml does not load:\n" + string.Join("\n", loaded.Problems));
        }

        return loaded.Scenario!;
    }

    public static Scenario Largest()
    {
        var catalog = ScenarioCatalog.LoadDirectory(FindDirectory());
        if (!catalog.IsValid || catalog.Count == 0)
        {
            throw new InvalidOperationException("scenario catalog is invalid or empty:\n" + string.Join("\n", catalog.Problems));
        }

        return catalog.Scenarios
            .OrderByDescending(s => s.Environment.Services.Sum(x => x.Instances.Length) * 10 + s.Traffic.RequestTypes.Length)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .First();
    }

    private static string FindDirectory()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "scenarios");
                if (File.Exists(Path.Combine(dir.FullName, "PracticePlatform.sln")) && Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("run the benchmark from inside the repository (no scenarios/ found)");
    }
}

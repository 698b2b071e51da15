using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Bench;

/// <summary>Finds the repository's scenarios directory and picks the largest scenario (by instances).</summary>
internal static class BenchScenarios
{
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

using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Tests.Catalog;

/// <summary>The repository's scenarios/ directory, loaded once for every catalog test.</summary>
internal static class BuiltInScenarios
{
    private static readonly Lazy<ScenarioCatalog> Loaded = new(() => ScenarioCatalog.LoadDirectory(TestScenarios.Directory));

    public static ScenarioCatalog Catalog => Loaded.Value;

    public static TheoryData<string> Ids
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var file in Directory.EnumerateFiles(TestScenarios.Directory, "*.yaml").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileNameWithoutExtension(file));
            }

            return data;
        }
    }

    /// <summary>The scenario's intended fix: its first play that must restore service.</summary>
    public static PlaySpec IntendedFix(string id) =>
        Get(id).Plays.FirstOrDefault(p => p.Outcome.Restored) ?? throw new InvalidOperationException($"scenario '{id}' has no play that restores service");

    public static Scenario Get(string id) =>
        Catalog.Find(id) ?? throw new InvalidOperationException($"scenario '{id}' is not in the catalog: {string.Join("; ", Catalog.Problems)}");
}

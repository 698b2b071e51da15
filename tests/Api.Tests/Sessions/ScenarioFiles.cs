namespace PracticePlatform.Api.Tests.Sessions;

/// <summary>The built-in scenario files, found from the test's output folder up to the repository's scenarios/.</summary>
internal static class ScenarioFiles
{
    /// <summary>A built-in scenario's YAML, optionally under another id (to upload it as a new scenario).</summary>
    public static string BuiltIn(string id, string? asId = null)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!Directory.Exists(Path.Combine(folder.FullName, "scenarios")))
        {
            folder = folder.Parent!;
        }
        var yaml = File.ReadAllText(Path.Combine(folder.FullName, "scenarios", id + ".yaml"));
        return asId is null ? yaml : yaml.Replace($"id: {id}", $"id: {asId}", StringComparison.Ordinal);
    }
}

namespace PracticePlatform.Cli.Input;

/// <summary>
/// Where the built-in scenarios are: `scenarios/` under the current directory, else the nearest `scenarios/`
/// above the executable, so `practice` works from a checkout and from its build output alike.
/// </summary>
public static class ScenarioDirectory
{
    public const string Name = "scenarios";

    public static string Resolve(string? given)
    {
        if (!string.IsNullOrEmpty(given))
        {
            return Directory.Exists(given) ? given : throw new UsageException($"scenario directory '{given}' does not exist");
        }

        if (Directory.Exists(Name))
        {
            return Name;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, Name);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new UsageException($"no '{Name}' directory here or above the practice executable; pass --dir");
    }
}

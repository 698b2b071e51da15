using Microsoft.Extensions.Configuration;

namespace PracticePlatform.Grains.Scenarios;

/// <summary>Where the built-in scenarios live: configuration key <see cref="ConfigurationKey"/>, else the nearest <c>scenarios/</c> folder above the app or the working directory.</summary>
public static class ScenarioFolder
{
    public const string ConfigurationKey = "Practice:ScenariosFolder";

    /// <summary>The configured folder, or the first <c>scenarios/</c> found walking up; null when there is none.</summary>
    public static string? Locate(IConfiguration configuration)
    {
        if (configuration[ConfigurationKey] is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }
        return WalkUp(AppContext.BaseDirectory) ?? WalkUp(Directory.GetCurrentDirectory());
    }

    private static string? WalkUp(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "scenarios");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}

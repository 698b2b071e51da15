using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Tests;

/// <summary>The example scenarios of the repository, found by walking up from the test binaries.</summary>
internal static class TestScenarios
{
    public static string Directory { get; } = Find();

    public static string Text(string id) => File.ReadAllText(Path.Combine(Directory, id + ".yaml"));

    public static Scenario Load(string id)
    {
        var result = ScenarioLoader.LoadFile(Path.Combine(Directory, id + ".yaml"));
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        return result.Scenario!;
    }

    public static Scenario Manta => Load("manta-webapi-crash");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "scenarios");
            if (File.Exists(Path.Combine(dir.FullName, "PracticePlatform.sln")) && System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("the scenarios directory was not found above the test binaries");
    }
}

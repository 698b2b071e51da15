using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Simulation.Tests.Catalog;

public sealed class CatalogTests
{
    [Fact]
    public void ScenariosDirectory_ValidatesWithoutProblems()
    {
        var catalog = BuiltInScenarios.Catalog;

        Assert.True(catalog.IsValid, string.Join(Environment.NewLine, catalog.Problems));
        Assert.True(catalog.Count >= 12, $"the catalog has {catalog.Count} scenarios");
    }

    [Fact]
    public void EveryScenarioId_IsUnique_AndNamesItsFile()
    {
        var files = Directory.EnumerateFiles(TestScenarios.Directory, "*.yaml").ToArray();
        var ids = files.Select(f => ScenarioLoader.LoadFile(f).Scenario?.Id).ToArray();

        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(files, f => Assert.Equal(Path.GetFileNameWithoutExtension(f), ScenarioLoader.LoadFile(f).Scenario?.Id));
    }

    [Fact]
    public void Catalog_CoversEveryDifficulty()
    {
        var difficulties = BuiltInScenarios.Catalog.Scenarios.Select(s => s.Difficulty).Distinct();

        Assert.Equal(Enum.GetValues<Difficulty>().Order(), difficulties.Order());
    }

    [Theory]
    [MemberData(nameof(BuiltInScenarios.Ids), MemberType = typeof(BuiltInScenarios))]
    public void Scenario_GivesRespondersWhatThePracticeFormatNeeds(string id)
    {
        var scenario = BuiltInScenarios.Get(id);

        Assert.True(scenario.Hints.Length >= 2, "at least two hints");
        Assert.All(scenario.Hints, h => Assert.EndsWith("?", h));
        Assert.True(scenario.Pointers.Length >= 2, "at least two pointers");
        Assert.NotEmpty(scenario.Injects);
        Assert.NotEmpty(scenario.AlarmRules);
        Assert.False(string.IsNullOrWhiteSpace(scenario.Solution));
        Assert.False(string.IsNullOrWhiteSpace(scenario.InstigatorNotes));
    }
}

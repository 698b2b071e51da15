using System.Collections.Immutable;

namespace PracticePlatform.Simulation.Scenarios;

/// <summary>The scenarios of a directory (*.yaml, *.yml), by id, with every problem of every file.</summary>
public sealed class ScenarioCatalog
{
    private readonly ImmutableSortedDictionary<string, Scenario> _byId;

    private ScenarioCatalog(ImmutableSortedDictionary<string, Scenario> byId, ImmutableArray<ScenarioProblem> problems)
    {
        _byId = byId;
        Problems = problems;
    }

    /// <summary>Scenarios ordered by id.</summary>
    public IEnumerable<Scenario> Scenarios => _byId.Values;

    public ImmutableArray<ScenarioProblem> Problems { get; }

    public bool IsValid => Problems.IsEmpty;

    public int Count => _byId.Count;

    public Scenario? Find(string id) => _byId.GetValueOrDefault(id);

    public static ScenarioCatalog LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return new ScenarioCatalog(ImmutableSortedDictionary<string, Scenario>.Empty.WithComparers(StringComparer.Ordinal),
                [new ScenarioProblem(directory, 1, 1, "scenario directory does not exist")]);
        }

        var files = Directory.EnumerateFiles(directory, "*.yaml")
            .Concat(Directory.EnumerateFiles(directory, "*.yml"))
            .Order(StringComparer.Ordinal);
        return FromResults(files.Select(ScenarioLoader.LoadFile));
    }

    public static ScenarioCatalog FromResults(IEnumerable<ScenarioLoadResult> results)
    {
        var byId = ImmutableSortedDictionary.CreateBuilder<string, Scenario>(StringComparer.Ordinal);
        var problems = ImmutableArray.CreateBuilder<ScenarioProblem>();
        foreach (var result in results)
        {
            problems.AddRange(result.Problems);
            if (result.Scenario is not { } scenario)
            {
                continue;
            }

            if (byId.TryGetValue(scenario.Id, out var other))
            {
                problems.Add(new ScenarioProblem(scenario.SourceFile, 1, 1, $"scenario id '{scenario.Id}' is also used by {other.SourceFile}"));
                continue;
            }

            byId[scenario.Id] = scenario;
        }

        return new ScenarioCatalog(byId.ToImmutable(), problems.ToImmutable());
    }
}

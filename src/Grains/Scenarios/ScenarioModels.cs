using System.Collections.Concurrent;
using PracticePlatform.Contracts.Scenarios;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Grains.Scenarios;

/// <summary>
/// The parsed models of the scenario sources this silo has seen, parsed once per distinct source: a scenario's
/// YAML crosses grain calls (the simulator's model has no Orleans serialization) and every cell and session of that
/// scenario on this silo shares one immutable model.
/// </summary>
public static class ScenarioModels
{
    private static readonly ConcurrentDictionary<(string Id, string Yaml), Scenario> Parsed = new();

    /// <summary>The model of <paramref name="source"/>; a source the catalog accepted always parses.</summary>
    public static Scenario Of(ScenarioSource source) => Parsed.GetOrAdd((source.Id, source.Yaml), key =>
    {
        var result = ScenarioLoader.Load(key.Yaml, source.FileName);
        return result.Scenario
            ?? throw new InvalidOperationException($"Scenario '{key.Id}' no longer parses: {string.Join("; ", result.Problems)}");
    });

    /// <summary>The model of scenario <paramref name="scenarioId"/> from the catalog, or null when the catalog has none.</summary>
    public static async Task<Scenario?> FindAsync(Orleans.IGrainFactory grains, string scenarioId) =>
        await grains.GetGrain<IScenarioCatalogGrain>(IScenarioCatalogGrain.Key).FindSourceAsync(scenarioId) is { } source
            ? Of(source)
            : null;

    /// <summary>
    /// The scenario as a cell plays it: from the catalog, with its injects left to the instigators when the session
    /// was created so (<see cref="InjectsByHand"/>). The live cell and its replay must build from the same model.
    /// </summary>
    public static async Task<Scenario> PlayedAsync(Orleans.IGrainFactory grains, string scenarioId, bool injectsByHand)
    {
        var scenario = await FindAsync(grains, scenarioId)
            ?? throw new Contracts.Sessions.SessionNotFoundException($"No scenario '{scenarioId}' in the catalog.");
        return injectsByHand ? InjectsByHand.Of(scenario) : scenario;
    }
}

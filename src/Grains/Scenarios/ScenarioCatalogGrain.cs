using System.Collections.Immutable;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using PracticePlatform.Runtime;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Grains.Scenarios;

/// <summary>Loads the scenarios folder on activation; invalid files are logged and left out, never fatal.</summary>
public sealed class ScenarioCatalogGrain(IConfiguration configuration, ILogger<ScenarioCatalogGrain> logger) : Grain, IScenarioCatalogGrain
{
    private ScenarioCatalog _catalog = ScenarioCatalog.FromResults([]);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (ScenarioFolder.Locate(configuration) is not { } folder)
        {
            logger.LogWarning("No scenarios folder found; set {Key}. The catalog is empty.", ScenarioFolder.ConfigurationKey);
            return Task.CompletedTask;
        }
        _catalog = ScenarioCatalog.LoadDirectory(folder);
        foreach (var problem in _catalog.Problems)
        {
            logger.LogWarning("Scenario problem: {Problem}", problem);
        }
        logger.LogInformation("Loaded {Count} scenarios from {Folder}", _catalog.Count, folder);
        return Task.CompletedTask;
    }

    public Task<ImmutableArray<ScenarioSummary>> ListAsync() =>
        Task.FromResult<ImmutableArray<ScenarioSummary>>([.. _catalog.Scenarios.Select(ScenarioSummary.Of)]);

    public Task<ScenarioDetails?> GetDetailsAsync(string id, bool includeSecrets) =>
        Task.FromResult(_catalog.Find(id) is { } scenario ? ScenarioDetails.Of(scenario, includeSecrets) : null);

    public Task<Scenario?> FindAsync(string id) => Task.FromResult(_catalog.Find(id));
}

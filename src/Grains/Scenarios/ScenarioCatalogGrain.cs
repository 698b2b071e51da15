using System.Collections.Immutable;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using PracticePlatform.Contracts.Scenarios;
using PracticePlatform.Contracts.Sessions;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Grains.Scenarios;

/// <summary>
/// Loads the scenarios folder and the uploaded scenarios on activation; invalid built-in files are logged and left
/// out, never fatal.
/// </summary>
public sealed class ScenarioCatalogGrain(
    [PersistentState("catalog")] IPersistentState<ScenarioCatalogState> state,
    IConfiguration configuration,
    TimeProvider timeProvider,
    ILogger<ScenarioCatalogGrain> logger) : Grain, IScenarioCatalogGrain
{
    private const int MaxUploadChars = 256 * 1024;

    private ScenarioCatalog _catalog = ScenarioCatalog.FromResults([]);
    private readonly Dictionary<string, ScenarioSource> _sources = new(StringComparer.Ordinal);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var builtIn = ScenarioFolder.Locate(configuration) is { } folder
            ? ScenarioCatalog.LoadDirectory(folder)
            : null;
        if (builtIn is null)
        {
            logger.LogWarning("No scenarios folder found; set {Key}. Only uploaded scenarios are served.", ScenarioFolder.ConfigurationKey);
        }
        Rebuild(builtIn);
        foreach (var problem in _catalog.Problems)
        {
            logger.LogWarning("Scenario problem: {Problem}", problem);
        }
        logger.LogInformation("Loaded {Count} scenarios", _catalog.Count);
        return Task.CompletedTask;
    }

    public Task<ImmutableArray<ScenarioSummary>> ListAsync() =>
        Task.FromResult<ImmutableArray<ScenarioSummary>>([.. _catalog.Scenarios.Select(ScenarioSummary.Of)]);

    public Task<ScenarioDetails?> GetDetailsAsync(string id, bool includeSecrets) =>
        Task.FromResult(_catalog.Find(id) is { } scenario ? ScenarioDetails.Of(scenario, includeSecrets) : null);

    public Task<ScenarioCheck> CheckAsync(string yaml, string fileName)
    {
        try
        {
            var scenario = Validate(yaml, fileName);
            return Task.FromResult(_catalog.Find(scenario.Id) is null
                ? new ScenarioCheck(true, scenario.Id, [])
                : new ScenarioCheck(false, scenario.Id, [Taken(scenario.Id)]));
        }
        catch (ScenarioUploadException invalid)
        {
            return Task.FromResult(new ScenarioCheck(false, null, invalid.Problems));
        }
    }

    private static Scenario Validate(string yaml, string fileName)
    {
        if (string.IsNullOrWhiteSpace(yaml) || yaml.Length > MaxUploadChars)
        {
            throw new SessionArgumentException($"A scenario file needs 1-{MaxUploadChars} characters.");
        }
        var result = ScenarioLoader.Load(yaml, fileName);
        return result.Succeeded
            ? result.Scenario!
            : throw new ScenarioUploadException([.. result.Problems.Select(p => $"{p.File}:{p.Line}:{p.Column}: {p.Message}")]);
    }

    private static string Taken(string id) => $"Scenario '{id}' already exists; sessions replay scenarios by id, so give a new version its own id.";

    /// <summary>
    /// The source of scenario <paramref name="id"/>: an upload's YAML from state, a built-in file read on first
    /// request only (sessions of one scenario ask once per silo, so activation reads nothing twice).
    /// </summary>
    public Task<ScenarioSource?> FindSourceAsync(string id)
    {
        if (_catalog.Find(id) is not { } scenario)
        {
            return Task.FromResult<ScenarioSource?>(null);
        }
        if (!_sources.TryGetValue(id, out var source))
        {
            source = state.State.Uploaded.FirstOrDefault(u => u.Id == id) is { } uploaded
                ? new ScenarioSource(id, uploaded.FileName, uploaded.Yaml)
                : new ScenarioSource(id, scenario.SourceFile, File.ReadAllText(scenario.SourceFile));
            _sources[id] = source;
        }
        return Task.FromResult<ScenarioSource?>(source);
    }

    public async Task<ScenarioSummary> UploadAsync(string yaml, string fileName, string uploadedBy)
    {
        var scenario = Validate(yaml, fileName);
        if (_catalog.Find(scenario.Id) is not null)
        {
            throw new SessionRuleException(Taken(scenario.Id));
        }
        state.State.Uploaded.Add(new UploadedScenario(scenario.Id, fileName, yaml, uploadedBy, timeProvider.GetUtcNow()));
        await state.WriteStateAsync();
        Rebuild(ScenarioFolder.Locate(configuration) is { } folder ? ScenarioCatalog.LoadDirectory(folder) : null);
        return ScenarioSummary.Of(scenario);
    }

    private void Rebuild(ScenarioCatalog? builtIn)
    {
        var uploaded = state.State.Uploaded.Select(u => ScenarioLoader.Load(u.Yaml, u.FileName));
        var builtInResults = builtIn is null
            ? []
            : builtIn.Scenarios.Select(s => new ScenarioLoadResult(s, [])).Concat(builtIn.Problems.Select(p => new ScenarioLoadResult(null, [p])));
        _catalog = ScenarioCatalog.FromResults(builtInResults.Concat(uploaded));
        _sources.Clear();
    }
}

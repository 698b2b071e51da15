using System.Collections.Immutable;
using Orleans.Concurrency;

namespace PracticePlatform.Contracts.Scenarios;

/// <summary>The built-in scenario catalog, loaded once per activation from the scenarios folder. Key: <see cref="Key"/>.</summary>
[Alias("practice.IScenarioCatalogGrain")]
public interface IScenarioCatalogGrain : IGrainWithStringKey
{
    /// <summary>The one catalog grain's key.</summary>
    const string Key = "catalog";

    /// <summary>Every valid scenario, ordered by id, without anything that gives the answer away.</summary>
    Task<ImmutableArray<ScenarioSummary>> ListAsync();

    /// <summary>One scenario for display; solution, resolution criteria and instigator notes only when <paramref name="includeSecrets"/>. Null when unknown.</summary>
    Task<ScenarioDetails?> GetDetailsAsync(string id, bool includeSecrets);

    /// <summary>
    /// Validates and adds an uploaded scenario; <see cref="ScenarioUploadException"/> lists its problems at their
    /// file:line:col, <see cref="Sessions.SessionRuleException"/> when its id is taken (sessions replay by id, so a
    /// scenario is never replaced: a new version gets a new id).
    /// </summary>
    Task<ScenarioSummary> UploadAsync(string yaml, string fileName, string uploadedBy);

    /// <summary>
    /// What <see cref="UploadAsync"/> would refuse, without adding anything: every problem at its file:line:col, and
    /// an id already taken. Lets a console show the problems of a file as an answer rather than as an error.
    /// </summary>
    [ReadOnly]
    Task<ScenarioCheck> CheckAsync(string yaml, string fileName);

    /// <summary>The source a cell's scenario model is built from, or null when unknown.</summary>
    Task<ScenarioSource?> FindSourceAsync(string id);
}

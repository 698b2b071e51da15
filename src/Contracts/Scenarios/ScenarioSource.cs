namespace PracticePlatform.Contracts.Scenarios;

/// <summary>
/// A scenario as its author wrote it: the YAML a cell is built from. It crosses grain calls instead of the parsed
/// model, which belongs to the simulator; each silo parses it once (see the grains' scenario model cache).
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.ScenarioSource")]
public sealed record ScenarioSource([property: Id(0)] string Id, [property: Id(1)] string FileName, [property: Id(2)] string Yaml);

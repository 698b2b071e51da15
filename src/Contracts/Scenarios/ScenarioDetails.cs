using System.Collections.Immutable;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Contracts.Scenarios;

/// <summary>
/// A scenario for display. The secret parts (<see cref="Solution"/>, <see cref="Resolution"/>,
/// <see cref="InstigatorNotes"/>, <see cref="Hints"/>, <see cref="Pointers"/>, <see cref="Injects"/>) are null unless asked for by someone allowed.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.ScenarioDetails")]
public sealed record ScenarioDetails(
    [property: Id(0)] ScenarioSummary Summary,
    [property: Id(1)] ImmutableArray<ScenarioPointer>? Pointers,
    [property: Id(2)] ImmutableArray<string>? Injects,
    [property: Id(3)] ImmutableArray<string>? Hints,
    [property: Id(4)] ImmutableArray<string>? Resolution,
    [property: Id(5)] string? Solution,
    [property: Id(6)] string? InstigatorNotes)
{
    public static ScenarioDetails Of(Scenario scenario, bool includeSecrets) => new(
        ScenarioSummary.Of(scenario),
        // The pointers are the instigators' help to give: listing them to responders up front would give it away.
        includeSecrets ? [.. scenario.Pointers.Select(p => new ScenarioPointer(p.Kind.ToString().ToLowerInvariant(), p.Title, p.Url))] : null,
        includeSecrets ? [.. scenario.Injects.Select(i => i.Id)] : null,
        includeSecrets ? scenario.Hints : null,
        includeSecrets ? [.. scenario.Resolution.Select(r => r.ToYaml())] : null,
        includeSecrets ? scenario.Solution : null,
        includeSecrets ? scenario.InstigatorNotes : null);
}

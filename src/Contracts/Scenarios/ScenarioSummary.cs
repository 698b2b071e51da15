using System.Collections.Immutable;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Contracts.Scenarios;

/// <summary>
/// What anyone may know about a scenario before playing it. The title and summary may name the fault, so the
/// consoles show responders and observers only the environment (<see cref="Environment"/>) until their debrief.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.ScenarioSummary")]
public sealed record ScenarioSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] int Version,
    [property: Id(2)] string Title,
    [property: Id(3)] string Summary,
    [property: Id(4)] string Difficulty,
    [property: Id(5)] int ExpectedMinutes,
    [property: Id(6)] ImmutableArray<string> RequestTypes,
    [property: Id(7)] ImmutableArray<string> Tools,
    [property: Id(8)] string Environment)
{
    public static ScenarioSummary Of(Scenario scenario) => new(
        scenario.Id,
        scenario.Version,
        scenario.Title,
        scenario.Summary.Trim(),
        scenario.Difficulty.ToString().ToLowerInvariant(),
        (int)scenario.ExpectedDuration.TotalMinutes,
        [.. scenario.Traffic.RequestTypes.Select(r => r.Id)],
        [.. scenario.Tools.Select(t => t.ToString().ToLowerInvariant())],
        scenario.Environment.Kind.ToString().ToLowerInvariant());
}

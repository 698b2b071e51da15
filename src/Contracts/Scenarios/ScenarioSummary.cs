using System.Collections.Immutable;
using PracticePlatform.Simulation.Scenarios;

namespace PracticePlatform.Contracts.Scenarios;

/// <summary>
/// What anyone may know about a scenario before playing it. The title and summary may name the fault, so the
/// consoles show responders and observers only the environment (<see cref="Environment"/>) until their debrief.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.ScenarioSummary")]
public sealed record ScenarioSummary(
    string Id,
    int Version,
    string Title,
    string Summary,
    string Difficulty,
    int ExpectedMinutes,
    ImmutableArray<string> RequestTypes,
    ImmutableArray<string> Tools,
    string Environment)
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

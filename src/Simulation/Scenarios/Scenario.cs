using System.Collections.Immutable;

namespace PracticePlatform.Simulation.Scenarios;

/// <summary>
/// A versioned, reusable outage script: the cell's environment and traffic, staged fault injects, alarm rules,
/// tools, hints, pointers, resolution criteria and the (secret) solution write-up.
/// </summary>
public sealed record Scenario(
    string Id,
    int Version,
    string Title,
    string Summary,
    Difficulty Difficulty,
    TimeSpan ExpectedDuration,
    ScenarioEnvironment Environment,
    TrafficSpec Traffic,
    ImmutableArray<InjectSpec> Injects,
    ImmutableArray<AlarmRuleSpec> AlarmRules,
    ImmutableArray<ToolPack> Tools,
    ImmutableArray<string> Hints,
    ImmutableArray<PointerSpec> Pointers,
    ImmutableArray<ResolutionCriterion> Resolution,
    string Solution,
    string InstigatorNotes)
{
    /// <summary>The file the scenario was loaded from, for messages; empty when built in code.</summary>
    public string SourceFile { get; init; } = "";

    /// <summary>Named action scripts with the outcome each must reach (secret: they contain the answer).</summary>
    public ImmutableArray<PlaySpec> Plays { get; init; } = [];

    /// <summary>The address of the public postmortem the scenario is modelled on; empty when it is not.</summary>
    public string Source { get; init; } = "";

    /// <summary>Scripted stakeholder messages, in the file's order.</summary>
    public ImmutableArray<StakeholderSpec> Stakeholders { get; init; } = [];

    /// <summary>How often status updates are expected once the impact starts; null when the scenario expects none.</summary>
    public StatusUpdateCadence? StatusUpdates { get; init; }

    /// <summary>
    /// The services the cell's monitoring travels through (a metrics pipeline, a collector); empty when monitoring
    /// stands apart. When one of them is down, alarms stop changing and metrics have no data.
    /// </summary>
    public ImmutableArray<string> MonitoringDependsOn { get; init; } = [];
}

using System.Collections.Immutable;

namespace PracticePlatform.Cli.Remote.Views;

/// <summary>The debrief: the assessment beside the ground truth (and how it differs, in words), response times from the first injection, hints, blind alleys, lessons.</summary>
public sealed record Debrief(
    string ScenarioId,
    ImpactAssessment? Assessment,
    long? ImpactStartMinute,
    long? ImpactEndMinute,
    bool ImpactOngoing,
    ImmutableArray<RequestTypeComparison> RequestTypes,
    long? InjectedAtSecond,
    long? TimeToDetectSeconds,
    long? TimeToAcknowledgeSeconds,
    long? TimeToMitigateSeconds,
    long? TimeToResolveSeconds,
    int CommandsRun,
    int HintsGiven,
    int PointersGiven,
    bool CellRestored,
    ImmutableArray<string> HintsUsed,
    ImmutableArray<string> BlindAlleys,
    ImmutableArray<Lesson> Lessons,
    ImmutableArray<CriterionCheck> Resolution,
    TimeToAssemble? Assembly = null,
    Communication? Communication = null,
    ImmutableArray<string> Differences = default);

namespace PracticePlatform.Contracts.Results;

/// <summary>
/// One debriefed session's figures, to compare sessions of a scenario and follow a cohort: when the debrief was
/// held, the debrief's times (simulated seconds from the first injection, null where it did not happen), the
/// assessment's error (null without an assessment), how many hints the instigators gave and commands the
/// responders ran.
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.SessionResult")]
public sealed record SessionResult(
    [property: Id(0)] Guid SessionId,
    [property: Id(1)] string ScenarioId,
    [property: Id(2)] Guid? CohortId,
    [property: Id(3)] string? CohortName,
    [property: Id(4)] DateTimeOffset DebriefedAt,
    [property: Id(5)] long? TimeToDetectSeconds,
    [property: Id(6)] long? TimeToAcknowledgeSeconds,
    [property: Id(7)] long? TimeToMitigateSeconds,
    [property: Id(8)] long? TimeToResolveSeconds,
    [property: Id(9)] AssessmentError? AssessmentError,
    [property: Id(10)] int HintsUsed,
    [property: Id(11)] int CommandsRun);

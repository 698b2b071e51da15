namespace PracticePlatform.Cli.Remote.Views;

/// <summary>One debriefed session's figures: times from the first injection, the assessment's error, hints and commands.</summary>
public sealed record SessionResult(
    Guid SessionId,
    string ScenarioId,
    Guid? CohortId,
    string? CohortName,
    DateTimeOffset DebriefedAt,
    long? TimeToDetectSeconds,
    long? TimeToAcknowledgeSeconds,
    long? TimeToMitigateSeconds,
    long? TimeToResolveSeconds,
    AssessmentError? AssessmentError,
    int HintsUsed,
    int CommandsRun);

namespace PracticePlatform.Cli.Remote.Views;

/// <summary>One request type in the debrief: the assessed failed share beside the actual one.</summary>
public sealed record RequestTypeComparison(string RequestType, double? AssessedFailedShare, double ActualFailedShare, long Attempted, long Failed);

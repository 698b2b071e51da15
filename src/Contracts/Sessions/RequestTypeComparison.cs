namespace PracticePlatform.Contracts.Sessions;

/// <summary>One request type in the debrief: the share of failed requests the responders assessed beside the ground truth.</summary>
[GenerateSerializer, Immutable, Alias("practice.RequestTypeComparison")]
public sealed record RequestTypeComparison(string RequestType, double? AssessedFailedShare, double ActualFailedShare, long Attempted, long Failed);

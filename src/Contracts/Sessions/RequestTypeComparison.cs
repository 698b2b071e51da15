namespace PracticePlatform.Contracts.Sessions;

/// <summary>One request type in the debrief: the share of failed requests the responders assessed beside the ground truth.</summary>
[GenerateSerializer, Immutable, Alias("practice.RequestTypeComparison")]
public sealed record RequestTypeComparison([property: Id(0)] string RequestType, [property: Id(1)] double? AssessedFailedShare, [property: Id(2)] double ActualFailedShare, [property: Id(3)] long Attempted, [property: Id(4)] long Failed);

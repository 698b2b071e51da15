namespace PracticePlatform.Contracts.Results;

/// <summary>
/// How far the impact assessment was from the ground truth: minutes the assessed start and end were placed after
/// (positive) or before (negative) the true ones, null where the truth has none; and the mean, over the scenario's
/// request types, of the absolute difference between assessed and true failed share in percentage points (a share
/// the assessment left out counts as 0).
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.AssessmentError")]
public sealed record AssessmentError(
    [property: Id(0)] long? StartMinutesOff,
    [property: Id(1)] long? EndMinutesOff,
    [property: Id(2)] double FailedSharePointsOff);

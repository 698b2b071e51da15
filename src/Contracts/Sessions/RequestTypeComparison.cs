namespace PracticePlatform.Contracts.Sessions;

/// <summary>
/// One request type in the debrief: the share of failed requests the responders assessed beside the ground truth.
/// <see cref="ActualFailedShare"/>, <see cref="Attempted"/> and <see cref="Failed"/> count over the true impact window;
/// the <c>InAssessedWindow</c> figures count over the window the responders assessed (its start minute through its end
/// minute), which is what their share claims (null without an assessment, and in debriefs held before they were kept).
/// </summary>
[GenerateSerializer, Immutable, Alias("practice.RequestTypeComparison")]
public sealed record RequestTypeComparison(
    [property: Id(0)] string RequestType,
    [property: Id(1)] double? AssessedFailedShare,
    [property: Id(2)] double ActualFailedShare,
    [property: Id(3)] long Attempted,
    [property: Id(4)] long Failed,
    [property: Id(260)] double? ActualFailedShareInAssessedWindow = null,
    [property: Id(261)] long? AttemptedInAssessedWindow = null,
    [property: Id(262)] long? FailedInAssessedWindow = null,
    [property: Id(263)] int SlowMinutes = 0);

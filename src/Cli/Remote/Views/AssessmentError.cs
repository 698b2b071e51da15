namespace PracticePlatform.Cli.Remote.Views;

/// <summary>Minutes the assessed window was off at each end, and the mean failed-share error in percentage points.</summary>
public sealed record AssessmentError(long? StartMinutesOff, long? EndMinutesOff, double FailedSharePointsOff);

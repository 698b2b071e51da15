namespace PracticePlatform.Simulation.Scenarios;

/// <summary>
/// What a play must reach by the end of its run: restored or not (the scenario's resolution criteria), and
/// optionally when the ground truth's impact window starts and ends.
/// </summary>
public sealed record PlayOutcome(bool Restored, TimeWindow? ImpactStart = null, TimeWindow? ImpactEnd = null);

namespace PracticePlatform.Simulation.Scenarios;

/// <summary>A probe: fires when its condition has held for <see cref="For"/>, clears when it no longer holds.</summary>
public sealed record AlarmRuleSpec(
    string Id,
    AlarmKind Kind,
    string Target,
    MetricKind? Metric,
    double Threshold,
    bool Below,
    TimeSpan For,
    string Severity);

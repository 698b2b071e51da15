namespace PracticePlatform.Simulation.Scenarios;

/// <summary>
/// When a stakeholder message arrives: at a simulated time (<see cref="At"/>), or <see cref="After"/> the second an
/// alarm rule first fires (<see cref="Alarm"/>) or the impact starts (<see cref="ImpactStarted"/>). Only one of
/// <see cref="At"/>, <see cref="Alarm"/> and <see cref="ImpactStarted"/> is set.
/// </summary>
public sealed record StakeholderTrigger(TimeSpan? At, string? Alarm, bool ImpactStarted, TimeSpan After)
{
    /// <summary>The trigger as the scenario writes it, for messages.</summary>
    public string Describe() =>
        (At is { } at ? $"at {Text.Durations.Format(at)}" : Alarm is { } alarm ? $"when alarm {alarm} fires" : "when the impact starts")
        + (After > TimeSpan.Zero ? $" + {Text.Durations.Format(After)}" : "");
}

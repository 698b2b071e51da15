using PracticePlatform.Simulation.Alarms;

namespace PracticePlatform.Contracts.Simulation;

// Orleans serialization for a simulator type: the simulator stays free of Orleans, so its values cross grain calls
// through this surrogate (and converter) instead of attributes on the type itself.
/// <summary>The wire form of <see cref="AlarmState"/>.</summary>
[GenerateSerializer, Immutable, Alias("practice.sim.AlarmState")]
public readonly record struct AlarmStateSurrogate(
    [property: Id(0)] string RuleId,
    [property: Id(1)] string Severity,
    [property: Id(2)] bool Firing,
    [property: Id(3)] long Since,
    [property: Id(4)] string Message);

/// <summary>Converts <see cref="AlarmState"/> to and from its wire form.</summary>
[RegisterConverter]
public sealed class AlarmStateConverter : IConverter<AlarmState, AlarmStateSurrogate>
{
    public AlarmState ConvertFromSurrogate(in AlarmStateSurrogate surrogate) => new(surrogate.RuleId, surrogate.Severity, surrogate.Firing, surrogate.Since, surrogate.Message);

    public AlarmStateSurrogate ConvertToSurrogate(in AlarmState value) => new(value.RuleId, value.Severity, value.Firing, value.Since, value.Message);
}

using PracticePlatform.Simulation.Alarms;

namespace PracticePlatform.Contracts.Simulation;

// Orleans serialization for a simulator type: the simulator stays free of Orleans, so its values cross grain calls
// through this surrogate (and converter) instead of attributes on the type itself.
/// <summary>The wire form of <see cref="AlarmEvent"/>.</summary>
[GenerateSerializer, Immutable, Alias("practice.sim.AlarmEvent")]
public readonly record struct AlarmEventSurrogate(
    [property: Id(0)] long Second,
    [property: Id(1)] string RuleId,
    [property: Id(2)] string Severity,
    [property: Id(3)] bool Firing,
    [property: Id(4)] string Message);

/// <summary>Converts <see cref="AlarmEvent"/> to and from its wire form.</summary>
[RegisterConverter]
public sealed class AlarmEventConverter : IConverter<AlarmEvent, AlarmEventSurrogate>
{
    public AlarmEvent ConvertFromSurrogate(in AlarmEventSurrogate surrogate) => new(surrogate.Second, surrogate.RuleId, surrogate.Severity, surrogate.Firing, surrogate.Message);

    public AlarmEventSurrogate ConvertToSurrogate(in AlarmEvent value) => new(value.Second, value.RuleId, value.Severity, value.Firing, value.Message);
}

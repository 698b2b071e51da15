using PracticePlatform.Simulation.Faults;

namespace PracticePlatform.Contracts.Simulation;

// Orleans serialization for a simulator type: the simulator stays free of Orleans, so its values cross grain calls
// through this surrogate (and converter) instead of attributes on the type itself.
/// <summary>The wire form of <see cref="FaultStatus"/>: its underlying value.</summary>
[GenerateSerializer, Immutable, Alias("practice.sim.FaultStatus")]
public readonly record struct FaultStatusSurrogate([property: Id(0)] int Value);

/// <summary>Converts <see cref="FaultStatus"/> to and from its wire form.</summary>
[RegisterConverter]
public sealed class FaultStatusConverter : IConverter<FaultStatus, FaultStatusSurrogate>
{
    public FaultStatus ConvertFromSurrogate(in FaultStatusSurrogate surrogate) => (FaultStatus)surrogate.Value;

    public FaultStatusSurrogate ConvertToSurrogate(in FaultStatus value) => new((int)value);
}

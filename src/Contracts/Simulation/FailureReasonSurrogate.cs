using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Contracts.Simulation;

// Orleans serialization for a simulator type: the simulator stays free of Orleans, so its values cross grain calls
// through this surrogate (and converter) instead of attributes on the type itself.
/// <summary>The wire form of <see cref="FailureReason"/>: its underlying value.</summary>
[GenerateSerializer, Immutable, Alias("practice.sim.FailureReason")]
public readonly record struct FailureReasonSurrogate([property: Id(0)] byte Value);

/// <summary>Converts <see cref="FailureReason"/> to and from its wire form.</summary>
[RegisterConverter]
public sealed class FailureReasonConverter : IConverter<FailureReason, FailureReasonSurrogate>
{
    public FailureReason ConvertFromSurrogate(in FailureReasonSurrogate surrogate) => (FailureReason)surrogate.Value;

    public FailureReasonSurrogate ConvertToSurrogate(in FailureReason value) => new((byte)value);
}

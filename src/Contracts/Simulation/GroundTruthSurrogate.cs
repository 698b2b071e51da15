using System.Collections.Immutable;
using PracticePlatform.Simulation.Truth;

namespace PracticePlatform.Contracts.Simulation;

// Orleans serialization for a simulator type: the simulator stays free of Orleans, so its values cross grain calls
// through this surrogate (and converter) instead of attributes on the type itself.
/// <summary>The wire form of <see cref="GroundTruth"/>.</summary>
[GenerateSerializer, Immutable, Alias("practice.sim.GroundTruth")]
public readonly record struct GroundTruthSurrogate(
    [property: Id(0)] long CompletedMinutes,
    [property: Id(1)] long? ImpactStartMinute,
    [property: Id(2)] long? ImpactEndMinute,
    [property: Id(3)] bool Ongoing,
    [property: Id(4)] ImmutableArray<RequestTypeImpact> RequestTypes);

/// <summary>Converts <see cref="GroundTruth"/> to and from its wire form.</summary>
[RegisterConverter]
public sealed class GroundTruthConverter : IConverter<GroundTruth, GroundTruthSurrogate>
{
    public GroundTruth ConvertFromSurrogate(in GroundTruthSurrogate surrogate) => new(surrogate.CompletedMinutes, surrogate.ImpactStartMinute, surrogate.ImpactEndMinute, surrogate.Ongoing, surrogate.RequestTypes);

    public GroundTruthSurrogate ConvertToSurrogate(in GroundTruth value) => new(value.CompletedMinutes, value.ImpactStartMinute, value.ImpactEndMinute, value.Ongoing, value.RequestTypes);
}

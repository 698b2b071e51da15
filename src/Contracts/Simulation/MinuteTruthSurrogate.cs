using System.Collections.Immutable;
using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Truth;

namespace PracticePlatform.Contracts.Simulation;

// Orleans serialization for a simulator type: the simulator stays free of Orleans, so its values cross grain calls
// through this surrogate (and converter) instead of attributes on the type itself.
/// <summary>The wire form of <see cref="MinuteTruth"/>.</summary>
[GenerateSerializer, Immutable, Alias("practice.sim.MinuteTruth")]
public readonly record struct MinuteTruthSurrogate(
    [property: Id(0)] long Minute,
    [property: Id(1)] long Attempted,
    [property: Id(2)] long Failed,
    [property: Id(3)] ImmutableSortedDictionary<FailureReason, long> FailedByReason,
    [property: Id(4)] double P50,
    [property: Id(5)] double P95,
    [property: Id(6)] double P99);

/// <summary>Converts <see cref="MinuteTruth"/> to and from its wire form.</summary>
[RegisterConverter]
public sealed class MinuteTruthConverter : IConverter<MinuteTruth, MinuteTruthSurrogate>
{
    public MinuteTruth ConvertFromSurrogate(in MinuteTruthSurrogate surrogate) => new(surrogate.Minute, surrogate.Attempted, surrogate.Failed, surrogate.FailedByReason, surrogate.P50, surrogate.P95, surrogate.P99);

    public MinuteTruthSurrogate ConvertToSurrogate(in MinuteTruth value) => new(value.Minute, value.Attempted, value.Failed, value.FailedByReason, value.P50, value.P95, value.P99);
}

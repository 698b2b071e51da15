using System.Collections.Immutable;
using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Truth;

namespace PracticePlatform.Contracts.Simulation;

// Orleans serialization for a simulator type: the simulator stays free of Orleans, so its values cross grain calls
// through this surrogate (and converter) instead of attributes on the type itself.
/// <summary>The wire form of <see cref="MinuteTruth"/>.</summary>
[GenerateSerializer, Immutable, Alias("practice.sim.MinuteTruth")]
public readonly record struct MinuteTruthSurrogate(
    long Minute,
    long Attempted,
    long Failed,
    ImmutableSortedDictionary<FailureReason, long> FailedByReason,
    double P50,
    double P95,
    double P99);

/// <summary>Converts <see cref="MinuteTruth"/> to and from its wire form.</summary>
[RegisterConverter]
public sealed class MinuteTruthConverter : IConverter<MinuteTruth, MinuteTruthSurrogate>
{
    public MinuteTruth ConvertFromSurrogate(in MinuteTruthSurrogate surrogate) => new(surrogate.Minute, surrogate.Attempted, surrogate.Failed, surrogate.FailedByReason, surrogate.P50, surrogate.P95, surrogate.P99);

    public MinuteTruthSurrogate ConvertToSurrogate(in MinuteTruth value) => new(value.Minute, value.Attempted, value.Failed, value.FailedByReason, value.P50, value.P95, value.P99);
}

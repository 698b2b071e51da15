using System.Collections.Immutable;
using PracticePlatform.Simulation.Cells;
using PracticePlatform.Simulation.Truth;

namespace PracticePlatform.Contracts.Simulation;

// Orleans serialization for a simulator type: the simulator stays free of Orleans, so its values cross grain calls
// through this surrogate (and converter) instead of attributes on the type itself.
/// <summary>The wire form of <see cref="RequestTypeImpact"/>.</summary>
[GenerateSerializer, Immutable, Alias("practice.sim.RequestTypeImpact")]
public readonly record struct RequestTypeImpactSurrogate(
    [property: Id(0)] string RequestType,
    [property: Id(1)] double BaselineFailShare,
    [property: Id(2)] long Attempted,
    [property: Id(3)] long Failed,
    [property: Id(4)] double FailedShare,
    [property: Id(5)] ImmutableSortedDictionary<FailureReason, long> FailedByReason,
    [property: Id(6)] ImmutableArray<MinuteTruth> Minutes);

/// <summary>Converts <see cref="RequestTypeImpact"/> to and from its wire form.</summary>
[RegisterConverter]
public sealed class RequestTypeImpactConverter : IConverter<RequestTypeImpact, RequestTypeImpactSurrogate>
{
    public RequestTypeImpact ConvertFromSurrogate(in RequestTypeImpactSurrogate surrogate) => new(surrogate.RequestType, surrogate.BaselineFailShare, surrogate.Attempted, surrogate.Failed, surrogate.FailedShare, surrogate.FailedByReason, surrogate.Minutes);

    public RequestTypeImpactSurrogate ConvertToSurrogate(in RequestTypeImpact value) => new(value.RequestType, value.BaselineFailShare, value.Attempted, value.Failed, value.FailedShare, value.FailedByReason, value.Minutes);
}

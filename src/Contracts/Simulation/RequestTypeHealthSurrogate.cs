using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Contracts.Simulation;

// Orleans serialization for a simulator type: the simulator stays free of Orleans, so its values cross grain calls
// through this surrogate (and converter) instead of attributes on the type itself.
/// <summary>The wire form of <see cref="RequestTypeHealth"/>.</summary>
[GenerateSerializer, Immutable, Alias("practice.sim.RequestTypeHealth")]
public readonly record struct RequestTypeHealthSurrogate(
    [property: Id(0)] string Id,
    [property: Id(1)] long Attempted,
    [property: Id(2)] long Failed,
    [property: Id(3)] double SuccessRate,
    [property: Id(4)] double P50Ms,
    [property: Id(5)] double P99Ms);

/// <summary>Converts <see cref="RequestTypeHealth"/> to and from its wire form.</summary>
[RegisterConverter]
public sealed class RequestTypeHealthConverter : IConverter<RequestTypeHealth, RequestTypeHealthSurrogate>
{
    public RequestTypeHealth ConvertFromSurrogate(in RequestTypeHealthSurrogate surrogate) => new(surrogate.Id, surrogate.Attempted, surrogate.Failed, surrogate.SuccessRate, surrogate.P50Ms, surrogate.P99Ms);

    public RequestTypeHealthSurrogate ConvertToSurrogate(in RequestTypeHealth value) => new(value.Id, value.Attempted, value.Failed, value.SuccessRate, value.P50Ms, value.P99Ms);
}

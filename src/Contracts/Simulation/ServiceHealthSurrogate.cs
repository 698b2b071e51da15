using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Contracts.Simulation;

// Orleans serialization for a simulator type: the simulator stays free of Orleans, so its values cross grain calls
// through this surrogate (and converter) instead of attributes on the type itself.
/// <summary>The wire form of <see cref="ServiceHealth"/>.</summary>
[GenerateSerializer, Immutable, Alias("practice.sim.ServiceHealth")]
public readonly record struct ServiceHealthSurrogate(
    [property: Id(0)] string Id,
    [property: Id(1)] int Instances,
    [property: Id(2)] int Online,
    [property: Id(3)] int InRotation,
    [property: Id(4)] double Rps,
    [property: Id(5)] double ErrorShare,
    [property: Id(6)] double LatencyMs);

/// <summary>Converts <see cref="ServiceHealth"/> to and from its wire form.</summary>
[RegisterConverter]
public sealed class ServiceHealthConverter : IConverter<ServiceHealth, ServiceHealthSurrogate>
{
    public ServiceHealth ConvertFromSurrogate(in ServiceHealthSurrogate surrogate) => new(surrogate.Id, surrogate.Instances, surrogate.Online, surrogate.InRotation, surrogate.Rps, surrogate.ErrorShare, surrogate.LatencyMs);

    public ServiceHealthSurrogate ConvertToSurrogate(in ServiceHealth value) => new(value.Id, value.Instances, value.Online, value.InRotation, value.Rps, value.ErrorShare, value.LatencyMs);
}

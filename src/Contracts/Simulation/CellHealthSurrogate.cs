using System.Collections.Immutable;
using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Contracts.Simulation;

// Orleans serialization for a simulator type: the simulator stays free of Orleans, so its values cross grain calls
// through this surrogate (and converter) instead of attributes on the type itself.
/// <summary>The wire form of <see cref="CellHealth"/>.</summary>
[GenerateSerializer, Immutable, Alias("practice.sim.CellHealth")]
public readonly record struct CellHealthSurrogate(
    [property: Id(0)] long Second,
    [property: Id(1)] ImmutableArray<ServiceHealth> Services,
    [property: Id(2)] ImmutableArray<RequestTypeHealth> RequestTypes);

/// <summary>Converts <see cref="CellHealth"/> to and from its wire form.</summary>
[RegisterConverter]
public sealed class CellHealthConverter : IConverter<CellHealth, CellHealthSurrogate>
{
    public CellHealth ConvertFromSurrogate(in CellHealthSurrogate surrogate) => new(surrogate.Second, surrogate.Services, surrogate.RequestTypes);

    public CellHealthSurrogate ConvertToSurrogate(in CellHealth value) => new(value.Second, value.Services, value.RequestTypes);
}

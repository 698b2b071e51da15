using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Contracts.Simulation;

// Orleans serialization for a simulator type: the simulator stays free of Orleans, so its values cross grain calls
// through this surrogate (and converter) instead of attributes on the type itself.
/// <summary>The wire form of <see cref="CellAction"/>.</summary>
[GenerateSerializer, Immutable, Alias("practice.sim.CellAction")]
public readonly record struct CellActionSurrogate(
    [property: Id(0)] long Second,
    [property: Id(1)] CellActionKind Kind,
    [property: Id(2)] string Argument,
    [property: Id(3)] string Actor);

/// <summary>Converts <see cref="CellAction"/> to and from its wire form.</summary>
[RegisterConverter]
public sealed class CellActionConverter : IConverter<CellAction, CellActionSurrogate>
{
    public CellAction ConvertFromSurrogate(in CellActionSurrogate surrogate) => new(surrogate.Second, surrogate.Kind, surrogate.Argument, surrogate.Actor);

    public CellActionSurrogate ConvertToSurrogate(in CellAction value) => new(value.Second, value.Kind, value.Argument, value.Actor);
}

using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Contracts.Simulation;

// Orleans serialization for a simulator type: the simulator stays free of Orleans, so its values cross grain calls
// through this surrogate (and converter) instead of attributes on the type itself.
/// <summary>The wire form of <see cref="CellActionKind"/>: its underlying value.</summary>
[GenerateSerializer, Immutable, Alias("practice.sim.CellActionKind")]
public readonly record struct CellActionKindSurrogate([property: Id(0)] int Value);

/// <summary>Converts <see cref="CellActionKind"/> to and from its wire form.</summary>
[RegisterConverter]
public sealed class CellActionKindConverter : IConverter<CellActionKind, CellActionKindSurrogate>
{
    public CellActionKind ConvertFromSurrogate(in CellActionKindSurrogate surrogate) => (CellActionKind)surrogate.Value;

    public CellActionKindSurrogate ConvertToSurrogate(in CellActionKind value) => new((int)value);
}

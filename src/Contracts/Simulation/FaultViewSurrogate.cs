using PracticePlatform.Simulation.Faults;

namespace PracticePlatform.Contracts.Simulation;

// Orleans serialization for a simulator type: the simulator stays free of Orleans, so its values cross grain calls
// through this surrogate (and converter) instead of attributes on the type itself.
/// <summary>The wire form of <see cref="FaultView"/>.</summary>
[GenerateSerializer, Immutable, Alias("practice.sim.FaultView")]
public readonly record struct FaultViewSurrogate(
    [property: Id(0)] string Id,
    [property: Id(1)] string Kind,
    [property: Id(2)] string Target,
    [property: Id(3)] FaultStatus Status,
    [property: Id(4)] long InjectedAt,
    [property: Id(5)] long EscalatedAt,
    [property: Id(6)] long EndedAt,
    [property: Id(7)] int AffectedTargets,
    [property: Id(8)] int MitigatedTargets);

/// <summary>Converts <see cref="FaultView"/> to and from its wire form.</summary>
[RegisterConverter]
public sealed class FaultViewConverter : IConverter<FaultView, FaultViewSurrogate>
{
    public FaultView ConvertFromSurrogate(in FaultViewSurrogate surrogate) => new(surrogate.Id, surrogate.Kind, surrogate.Target, surrogate.Status, surrogate.InjectedAt, surrogate.EscalatedAt, surrogate.EndedAt, surrogate.AffectedTargets, surrogate.MitigatedTargets);

    public FaultViewSurrogate ConvertToSurrogate(in FaultView value) => new(value.Id, value.Kind, value.Target, value.Status, value.InjectedAt, value.EscalatedAt, value.EndedAt, value.AffectedTargets, value.MitigatedTargets);
}

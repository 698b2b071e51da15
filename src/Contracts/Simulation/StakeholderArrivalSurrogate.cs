using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Contracts.Simulation;

/// <summary>The wire form of <see cref="StakeholderArrival"/>.</summary>
[GenerateSerializer, Immutable, Alias("practice.sim.StakeholderArrival")]
public readonly record struct StakeholderArrivalSurrogate([property: Id(0)] long Second, [property: Id(1)] string Id);

/// <summary>Converts <see cref="StakeholderArrival"/> to and from its wire form.</summary>
[RegisterConverter]
public sealed class StakeholderArrivalConverter : IConverter<StakeholderArrival, StakeholderArrivalSurrogate>
{
    public StakeholderArrival ConvertFromSurrogate(in StakeholderArrivalSurrogate surrogate) => new(surrogate.Second, surrogate.Id);

    public StakeholderArrivalSurrogate ConvertToSurrogate(in StakeholderArrival value) => new(value.Second, value.Id);
}

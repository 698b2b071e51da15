using PracticePlatform.Simulation.Cells;

namespace PracticePlatform.Contracts.Simulation;

// Orleans serialization for a simulator type: the simulator stays free of Orleans, so its values cross grain calls
// through this surrogate (and converter) instead of attributes on the type itself.
/// <summary>The wire form of <see cref="CommandResult"/>.</summary>
[GenerateSerializer, Immutable, Alias("practice.sim.CommandResult")]
public readonly record struct CommandResultSurrogate(
    [property: Id(0)] bool Ok,
    [property: Id(1)] string Output,
    [property: Id(2)] bool ChangedState);

/// <summary>Converts <see cref="CommandResult"/> to and from its wire form.</summary>
[RegisterConverter]
public sealed class CommandResultConverter : IConverter<CommandResult, CommandResultSurrogate>
{
    public CommandResult ConvertFromSurrogate(in CommandResultSurrogate surrogate) => new(surrogate.Ok, surrogate.Output, surrogate.ChangedState);

    public CommandResultSurrogate ConvertToSurrogate(in CommandResult value) => new(value.Ok, value.Output, value.ChangedState);
}

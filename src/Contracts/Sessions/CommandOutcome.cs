namespace PracticePlatform.Contracts.Sessions;

/// <summary>The result of a command, inject or revert against the cell, at the simulated second it ran.</summary>
[GenerateSerializer, Immutable, Alias("practice.CommandOutcome")]
public sealed record CommandOutcome([property: Id(0)] bool Ok, [property: Id(1)] string Output, [property: Id(2)] bool ChangedState, [property: Id(3)] long Second);

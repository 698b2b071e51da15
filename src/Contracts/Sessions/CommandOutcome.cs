namespace PracticePlatform.Contracts.Sessions;

/// <summary>The result of a command, inject or revert against the cell, at the simulated second it ran.</summary>
[GenerateSerializer, Immutable, Alias("practice.CommandOutcome")]
public sealed record CommandOutcome(bool Ok, string Output, bool ChangedState, long Second);

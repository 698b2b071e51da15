namespace PracticePlatform.Grains.Sessions;

/// <summary>The result of a command, inject or revert against the cell, at the simulated second it ran.</summary>
public sealed record CommandOutcome(bool Ok, string Output, bool ChangedState, long Second);

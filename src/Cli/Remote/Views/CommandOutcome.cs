namespace PracticePlatform.Cli.Remote.Views;

/// <summary>The result of a command, inject or revert, with the simulated second it ran at.</summary>
public sealed record CommandOutcome(bool Ok, string Output, bool ChangedState, long Second);

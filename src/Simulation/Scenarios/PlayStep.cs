namespace PracticePlatform.Simulation.Scenarios;

/// <summary>One responder command of a play, typed at a simulated time.</summary>
public sealed record PlayStep(TimeSpan At, string Command);

namespace PracticePlatform.Simulation.Tests.Catalog;

/// <summary>One responder command of a scenario's intended resolution, typed at a simulated time.</summary>
internal sealed record ResolutionStep(TimeSpan At, string Command);

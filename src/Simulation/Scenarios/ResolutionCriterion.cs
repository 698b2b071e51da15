namespace PracticePlatform.Simulation.Scenarios;

/// <summary>One condition over cell state; a cell is restored when all of the scenario's criteria hold.</summary>
public sealed record ResolutionCriterion(ResolutionKind Kind, string Target, double Threshold, TimeSpan For);

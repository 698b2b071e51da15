namespace PracticePlatform.Simulation.Cells;

/// <summary>One request type this second, for charts.</summary>
public sealed record RequestTypeHealth(string Id, long Attempted, long Failed, double SuccessRate, double P50Ms, double P99Ms);

namespace PracticePlatform.Simulation.Cells;

/// <summary>One service this second: instances up, load, and what its callers see.</summary>
public sealed record ServiceHealth(string Id, int Instances, int Online, int InRotation, double Rps, double ErrorShare, double LatencyMs);

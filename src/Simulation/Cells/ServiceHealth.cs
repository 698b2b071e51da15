namespace PracticePlatform.Simulation.Cells;

/// <summary>
/// One service this second: instances up, load (attempts, retries included), the share of its answers that were
/// errors (its own failures and those from further down) and its own latency.
/// </summary>
public sealed record ServiceHealth(string Id, int Instances, int Online, int InRotation, double Rps, double ErrorShare, double LatencyMs);

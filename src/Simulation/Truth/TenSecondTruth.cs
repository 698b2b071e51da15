namespace PracticePlatform.Simulation.Truth;

/// <summary>
/// One request type in the 10 seconds from <paramref name="Second"/>: requests attempted and failed, and the p99
/// latency (ms) of the successful ones; null when none succeeded (a total outage has no latency to show).
/// </summary>
public sealed record TenSecondTruth(long Second, long Attempted, long Failed, double? P99);

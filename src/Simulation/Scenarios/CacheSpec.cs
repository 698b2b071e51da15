namespace PracticePlatform.Simulation.Scenarios;

/// <summary>A cache service: a share of the requests passing it are answered without going further.</summary>
public sealed record CacheSpec(string Id, string Service, double HitRatio);

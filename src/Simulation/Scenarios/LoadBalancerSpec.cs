namespace PracticePlatform.Simulation.Scenarios;

/// <summary>
/// A load balancer in front of a service: it spreads load over instances that pass health checks.
/// Services without one are spread by client-side discovery, which notices failures more slowly.
/// </summary>
public sealed record LoadBalancerSpec(string Id, string Service, TimeSpan HealthCheckInterval, int UnhealthyAfter);

namespace PracticePlatform.Simulation.Scenarios;

/// <summary>DNS / service discovery: callers keep resolved names for the TTL, then need the service.</summary>
public sealed record DnsSpec(string Service, TimeSpan Ttl);

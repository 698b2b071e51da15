namespace PracticePlatform.Simulation.Scenarios;

/// <summary>One instance (zone, container, pod) of a service, placed on a host.</summary>
public sealed record InstanceSpec(string Id, string Host);

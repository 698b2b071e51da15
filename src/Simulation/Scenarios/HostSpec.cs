namespace PracticePlatform.Simulation.Scenarios;

/// <summary>A compute node (CN, VM or Kubernetes node) in a datacenter.</summary>
public sealed record HostSpec(string Id, string Datacenter, int Cpus, double MemoryGb, double DiskGb);

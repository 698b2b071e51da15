namespace PracticePlatform.Simulation.Scenarios;

/// <summary>A coordination service (ZooKeeper, etcd): failover and discovery need a quorum of its instances.</summary>
public sealed record CoordinationSpec(string Service);

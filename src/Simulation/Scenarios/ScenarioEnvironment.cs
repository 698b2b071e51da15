using System.Collections.Immutable;

namespace PracticePlatform.Simulation.Scenarios;

/// <summary>The topology of a cell: where everything runs and what depends on what.</summary>
public sealed record ScenarioEnvironment(
    EnvironmentKind Kind,
    ImmutableArray<DatacenterSpec> Datacenters,
    ImmutableArray<HostSpec> Hosts,
    ImmutableArray<ServiceSpec> Services,
    ImmutableArray<LoadBalancerSpec> LoadBalancers,
    ImmutableArray<DatabaseSpec> Databases,
    CoordinationSpec? Coordination,
    ImmutableArray<CacheSpec> Caches,
    ImmutableArray<QueueSpec> Queues,
    DnsSpec? Dns);

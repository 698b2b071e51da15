using System.Collections.Immutable;

namespace PracticePlatform.Simulation.Scenarios;

/// <summary>
/// A service with its instances. Capacity is per instance in requests per second; latency is the unloaded
/// service time. <see cref="Timeout"/> bounds its calls to dependencies. <see cref="Warmup"/> is how long a restarted
/// instance takes to reach full capacity (a cache: its hit ratio); zero means at once.
/// </summary>
public sealed record ServiceSpec(
    string Id,
    ServiceKind Kind,
    double CapacityRps,
    double BaseLatencyMs,
    TimeSpan Timeout,
    int ConnectionPool,
    double MemoryMb,
    double MemoryLimitMb,
    double DiskUsedGb,
    double DiskWriteMbPerSecond,
    TimeSpan RestartTime,
    ImmutableArray<string> DependsOn,
    ImmutableArray<InstanceSpec> Instances,
    ImmutableSortedDictionary<string, string> Config,
    TimeSpan Warmup = default);

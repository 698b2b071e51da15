using System.Collections.Immutable;

namespace PracticePlatform.Simulation.Scenarios;

/// <summary>A datacenter; <see cref="RttMs"/> holds the round-trip time to other datacenters (absent: 0 ms).</summary>
public sealed record DatacenterSpec(string Id, string Region)
{
    public ImmutableSortedDictionary<string, double> RttMs { get; init; } = ImmutableSortedDictionary<string, double>.Empty;
}

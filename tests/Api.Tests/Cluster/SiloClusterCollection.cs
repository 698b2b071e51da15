using PracticePlatform.Testing;

namespace PracticePlatform.Api.Tests.Cluster;

/// <summary>
/// The multi-process cluster tests: one cluster, tests one after another, and not beside other collections (a silo
/// starved of both cores for over 2 s would be declared dead, which is what these tests measure).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SiloClusterCollection : ICollectionFixture<SiloCluster>
{
    public const string Name = "silo cluster";
}

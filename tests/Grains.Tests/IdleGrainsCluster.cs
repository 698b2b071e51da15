namespace PracticePlatform.Grains.Tests;

/// <summary>
/// A cluster whose idle activations are collected after 2 s, looked for every second. Orleans 10.4.2's collector
/// measures idleness on the silo's clock (the fake one here), so tests move it past the age and wait, bounded, for
/// the collector's next pass.
/// </summary>
public sealed class IdleGrainsCluster() : GrainsCluster(new Dictionary<string, string?>
{
    ["Practice:Runtime:CollectionAge"] = "00:00:02",
    ["Practice:Runtime:CollectionQuantum"] = "00:00:01",
});

/// <summary>The tests that share <see cref="IdleGrainsCluster"/>.</summary>
[CollectionDefinition(Name)]
public sealed class IdleGrainsCollection : ICollectionFixture<IdleGrainsCluster>
{
    public const string Name = "idle grains";
}

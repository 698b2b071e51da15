namespace PracticePlatform.Grains.Tests;

/// <summary>
/// A cluster of its own for tests that move the clock months ahead: on the shared cluster such a leap would make
/// every running session of other tests simulate those months.
/// </summary>
public sealed class FarScheduleCluster : GrainsCluster;

/// <summary>The tests that share <see cref="FarScheduleCluster"/>.</summary>
[CollectionDefinition(Name)]
public sealed class FarScheduleCollection : ICollectionFixture<FarScheduleCluster>
{
    public const string Name = "far schedule";
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;
using PracticePlatform.Silo.Hosting;
using PracticePlatform.Testing;

namespace PracticePlatform.Grains.Tests;

/// <summary>
/// One in-process Orleans test cluster for the whole collection: a silo wired as in production (the platform's
/// grains, storage, reminders and services) on memory storage, with grains, timers and reminders on a fake clock,
/// and a client that calls it as a frontend would.
/// </summary>
public class GrainsCluster : IAsyncLifetime
{
    private readonly InProcessTestCluster _cluster;

    public GrainsCluster()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <summary>A cluster with extra configuration (for instance <c>Practice:Runtime:*</c> collection settings).</summary>
    protected GrainsCluster(IReadOnlyDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["PRACTICE_STORAGE"] = "memory" })
            .AddInMemoryCollection(settings)
            .Build();
        var options = SiloOptions.Read(configuration);
        options.UseLocalhostClustering = false;
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) => silo.AddPracticeGrains(options, configuration));
        builder.ConfigureSiloHost((_, host) =>
        {
            host.Configuration.AddConfiguration(configuration);
            host.Services.AddPracticeClock(Clock);
            host.Services.AddPracticeSiloServices(options, configuration);
        });
        _cluster = builder.Build();
    }

    /// <summary>The clock of grain code, timers and reminders.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero));

    /// <summary>The cluster's client: every call crosses Orleans's serialization as a frontend's would.</summary>
    public IClusterClient Client => _cluster.Client;

    /// <summary>The silo's services (its serializer, its grain storage).</summary>
    public IServiceProvider SiloServices => _cluster.Silos[0].ServiceProvider;

    /// <summary>Waits until the grain's current activation is gone (collected or dropped).</summary>
    public Task WaitForDeactivationAsync(GrainId grainId) => _cluster.WaitForDeactivationAsync(grainId);

    public Task InitializeAsync() => _cluster.DeployAsync();

    public async Task DisposeAsync() => await _cluster.DisposeAsync();
}

/// <summary>The tests that share <see cref="GrainsCluster"/>.</summary>
[CollectionDefinition(Name)]
public sealed class GrainsCollection : ICollectionFixture<GrainsCluster>
{
    public const string Name = "grains";
}

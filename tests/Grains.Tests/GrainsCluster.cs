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
public sealed class GrainsCluster : IAsyncLifetime
{
    private readonly InProcessTestCluster _cluster;

    public GrainsCluster()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["PRACTICE_STORAGE"] = "memory" })
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

    /// <summary>Orleans's serializer, as the silo has it configured.</summary>
    public IServiceProvider SiloServices => _cluster.Silos[0].ServiceProvider;

    public Task InitializeAsync() => _cluster.DeployAsync();

    public async Task DisposeAsync() => await _cluster.DisposeAsync();
}

/// <summary>The tests that share <see cref="GrainsCluster"/>.</summary>
[CollectionDefinition(Name)]
public sealed class GrainsCollection : ICollectionFixture<GrainsCluster>
{
    public const string Name = "grains";
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PracticePlatform.Runtime.Hosting;

namespace PracticePlatform.Runtime.Bench;

/// <summary>An in-process silo for one measurement, started and stopped around it.</summary>
internal sealed class BenchSilo : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly IHostedService[] _hosted;

    private BenchSilo(ServiceProvider services)
    {
        _services = services;
        _hosted = [.. services.GetServices<IHostedService>()];
    }

    public IGrainFactory Grains => _services.GetRequiredService<IGrainFactory>();

    public GrainRuntime Runtime => _services.GetRequiredService<GrainRuntime>();

    public static async Task<BenchSilo> StartAsync(Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        configure?.Invoke(services);
        services.AddGrainRuntime(null, typeof(BenchSilo).Assembly);
        var silo = new BenchSilo(services.BuildServiceProvider());
        foreach (var hosted in silo._hosted)
        {
            await hosted.StartAsync(CancellationToken.None);
        }
        return silo;
    }

    public async ValueTask DisposeAsync()
    {
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        foreach (var hosted in _hosted)
        {
            await hosted.StopAsync(stopping.Token);
        }
        await _services.DisposeAsync();
    }
}

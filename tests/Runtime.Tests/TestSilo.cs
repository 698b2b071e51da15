using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PracticePlatform.Runtime.Hosting;
using PracticePlatform.Runtime.Reminders;
using PracticePlatform.Runtime.Storage;
using PracticePlatform.Testing;

namespace PracticePlatform.Runtime.Tests;

/// <summary>An in-process silo on a manual clock, with in-memory storage that can outlive it (for restart tests).</summary>
internal sealed class TestSilo : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly List<IHostedService> _hosted;

    private TestSilo(ServiceProvider services)
    {
        _services = services;
        _hosted = [.. services.GetServices<IHostedService>()];
    }

    public ManualTimeProvider Clock => (ManualTimeProvider)_services.GetRequiredService<TimeProvider>();

    public GrainRuntime Runtime => _services.GetRequiredService<GrainRuntime>();

    public IGrainFactory Grains => Runtime;

    public MemoryGrainStorage Storage => (MemoryGrainStorage)_services.GetRequiredKeyedService<IGrainStorage>(GrainStorageNames.Default);

    public IServiceProvider Services => _services;

    public static async Task<TestSilo> StartAsync(
        Action<GrainRuntimeOptions>? configure = null,
        ManualTimeProvider? clock = null,
        MemoryGrainStorage? storage = null,
        MemoryReminderTable? reminders = null,
        Action<IServiceCollection>? services = null)
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(clock ?? new ManualTimeProvider());
        collection.AddKeyedSingleton<IGrainStorage>(GrainStorageNames.Default, storage ?? new MemoryGrainStorage());
        collection.AddSingleton<IReminderTable>(reminders ?? new MemoryReminderTable());
        collection.AddSingleton<CallLog>();
        services?.Invoke(collection);
        collection.AddGrainRuntime(configure, typeof(TestSilo).Assembly);
        var silo = new TestSilo(collection.BuildServiceProvider());
        foreach (var hosted in silo._hosted)
        {
            await hosted.StartAsync(CancellationToken.None);
        }
        return silo;
    }

    public async ValueTask DisposeAsync()
    {
        // A grain stuck in a failed test must not hang the run: stopping is bounded in real time.
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        foreach (var hosted in _hosted)
        {
            await hosted.StopAsync(stopping.Token);
        }
        await _services.DisposeAsync();
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PracticePlatform.Runtime;
using PracticePlatform.Silo.Hosting;
using PracticePlatform.Testing;

namespace PracticePlatform.Silo.Tests.Hosting;

/// <summary>A silo on embedded SQLite, stopped and started again on the same data folder.</summary>
public sealed class SiloRestartTests : IDisposable
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("practice-silo-").FullName;
    private readonly ManualTimeProvider _clock = new();

    [Fact]
    public async Task State_WrittenBeforeARestart_IsThereAfterIt()
    {
        await using (var silo = await StartSiloAsync())
        {
            await silo.Grains.GetGrain<IWakeUpGrain>("a").RememberAsync("before");
        }

        await using var restarted = await StartSiloAsync();

        Assert.Equal(["before"], (await restarted.Grains.GetGrain<IWakeUpGrain>("a").NotesAsync()).Items);
    }

    [Fact]
    public async Task Reminder_DueWhileTheSiloWasDown_FiresAfterTheRestart()
    {
        await using (var silo = await StartSiloAsync())
        {
            await silo.Grains.GetGrain<IWakeUpGrain>("sleeper").ScheduleAsync(TimeSpan.FromMinutes(10));
        }
        _clock.Advance(TimeSpan.FromHours(1));

        await using var restarted = await StartSiloAsync();
        _clock.Advance(TimeSpan.Zero);
        var grain = restarted.Grains.GetGrain<IWakeUpGrain>("sleeper");

        var notes = await WaitForAsync(grain, n => n.Items.Contains("woke"));
        Assert.Equal(["woke"], notes.Items);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataFolder, recursive: true);
    }

    /// <summary>Polls the grain (no sleeping: each call queues behind the reminder's turn) until the condition holds.</summary>
    private static async Task<WakeUpGrain.Notes> WaitForAsync(IWakeUpGrain grain, Func<WakeUpGrain.Notes, bool> condition)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var notes = await grain.NotesAsync();
            if (condition(notes))
            {
                return notes;
            }
            if (deadline.IsCancellationRequested)
            {
                throw new TimeoutException("The reminder's note did not appear within 10 s after the restart.");
            }
            await Task.Yield();
        }
    }

    private async Task<RunningSilo> StartSiloAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["PRACTICE_DATA"] = _dataFolder })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddPracticeSilo(configuration, typeof(SiloRestartTests).Assembly);
        var provider = services.BuildServiceProvider();
        var hosted = provider.GetServices<IHostedService>().ToArray();
        foreach (var service in hosted)
        {
            await service.StartAsync(CancellationToken.None);
        }
        return new RunningSilo(provider, hosted);
    }

    private sealed class RunningSilo(ServiceProvider provider, IHostedService[] hosted) : IAsyncDisposable
    {
        public IGrainFactory Grains => provider.GetRequiredService<IGrainFactory>();

        public async ValueTask DisposeAsync()
        {
            using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            foreach (var service in hosted.Reverse())
            {
                await service.StopAsync(stopping.Token);
            }
            await provider.DisposeAsync();
        }
    }
}

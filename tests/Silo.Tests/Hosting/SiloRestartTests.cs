using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using PracticePlatform.Silo.Hosting;
using PracticePlatform.Testing;

namespace PracticePlatform.Silo.Tests.Hosting;

/// <summary>A silo on embedded SQLite, stopped and started again on the same data folder.</summary>
public sealed class SiloRestartTests : IDisposable
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("practice-silo-").FullName;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task State_WrittenBeforeARestart_IsThereAfterIt()
    {
        await using (var silo = await StartSiloAsync())
        {
            await silo.Grains.GetGrain<IWakeUpGrain>("a").RememberAsync("before");
        }

        await using var restarted = await StartSiloAsync();

        Assert.Equal(["before"], (await restarted.Grains.GetGrain<IWakeUpGrain>("a").NotesAsync()).Items.AsEnumerable());
    }

    [Fact]
    public async Task Reminder_DueWhileTheSiloWasDown_TicksWithinItsPeriodAfterTheRestart()
    {
        await using (var silo = await StartSiloAsync())
        {
            await silo.Grains.GetGrain<IWakeUpGrain>("sleeper").ScheduleAsync(TimeSpan.FromMinutes(10));
        }
        _clock.Advance(TimeSpan.FromHours(1));

        await using var restarted = await StartSiloAsync();
        // Orleans skips the ticks missed while no silo ran: the next comes within the reminder's 1-minute period.
        for (var second = 0; second < 70; second += 10)
        {
            _clock.Advance(TimeSpan.FromSeconds(10));
        }
        var grain = restarted.Grains.GetGrain<IWakeUpGrain>("sleeper");

        var notes = await WaitForAsync(grain, n => n.Items.Contains("woke"));
        Assert.Equal(["woke"], notes.Items.AsEnumerable());
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
            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System);
        }
    }

    private async Task<RunningSilo> StartSiloAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["PRACTICE_DATA"] = _dataFolder });
        builder.Services.AddPracticeClock(_clock);
        builder.AddPracticeSilo();
        var host = builder.Build();
        await host.StartAsync();
        return new RunningSilo(host);
    }

    private sealed class RunningSilo(IHost host) : IAsyncDisposable
    {
        public IGrainFactory Grains => host.Services.GetRequiredService<IGrainFactory>();

        public async ValueTask DisposeAsync()
        {
            using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await host.StopAsync(stopping.Token);
            host.Dispose();
        }
    }
}
